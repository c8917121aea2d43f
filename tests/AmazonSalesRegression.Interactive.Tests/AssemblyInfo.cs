// .NET Interactive's Formatter and the extension's Plotly.js loader are process-wide; one test class at a time keeps
// each test's view of them its own.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
