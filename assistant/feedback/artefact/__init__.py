"""The shipped offline feedback model (weights .npz + vocabulary .json), written by train."""
