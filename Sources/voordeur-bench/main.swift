print("benchmarks follow")
