namespace AmazonSalesRegression.Data.Csv;

/// <summary>Where the text of one tokenized field is: in the block, or in the tokenizer's scratch buffer when quotes were undoubled.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Line">1-based physical line the field starts on.</param>
/// <param name="Quoted">Whether the field was enclosed in quotes.</param>
/// <param name="InScratch">Whether the text is in the scratch buffer rather than the block.</param>
internal readonly record struct CsvFieldSlot(int Start, int Length, int Line, bool Quoted, bool InScratch);
