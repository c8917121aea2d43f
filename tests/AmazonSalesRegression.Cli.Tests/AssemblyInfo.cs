// The notebook runner sets the process-wide current directory while a notebook runs, and several tests here run
// notebooks or start child processes that inherit it; running the test classes one at a time keeps them independent.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
