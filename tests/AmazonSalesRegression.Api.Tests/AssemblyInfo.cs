// The service tests start hosts, child processes and watch files; running the classes one at a time keeps them
// predictable on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
