namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>Answers one message type. Handlers report user mistakes as protocol replies; an exception is a kernel fault.</summary>
internal interface IRequestHandler
{
    /// <summary>The <c>msg_type</c> handled.</summary>
    string MessageType { get; }

    /// <summary>
    /// Whether the handler calls the notebook session. Such requests always go through the execution queue,
    /// even when they arrive on control, so that the session sees one call at a time.
    /// </summary>
    bool UsesSession { get; }

    /// <summary>Handles one request: replies, publishes, or both.</summary>
    Task HandleAsync(RequestContext context);
}
