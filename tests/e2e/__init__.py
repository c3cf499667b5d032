"""End to end: the console, the benchmarks and the frozen app as child processes against a simulator."""
