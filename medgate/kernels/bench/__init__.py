"""Benchmark of the fused safety-scoring kernels: `python -m medgate.kernels.bench --out results/kernels`.

Times Triton against PyTorch eager, torch.compile and ONNX Runtime (CUDA provider) on
the same op over a shape sweep, measures the device's copy bandwidth, and writes
JSON and a PNG plot. Needs CUDA; `--cpu-smoke` runs a tiny CPU pass of everything
that does not need a GPU (reference, torch.compile, ONNX export + ORT CPU, report).
"""
