"""What the tests share: the simulator child process, test keyrings, the Prism mock, the RT instance."""
