namespace AmazonSalesRegression.Engine.Export;

/// <summary>
/// A notebook uses something a file-based app cannot express (a notebook-only global, a redeclared variable, an
/// assembly reference with no project); the message names the cell, the line and the way out.
/// </summary>
public sealed class NotebookExportException(string message) : Exception(message);
