using System.Text;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>A generated request: where it goes, its content type (null: no header) and its bytes.</summary>
public sealed record GeneratedPost(string Path, string? ContentType, byte[] Body)
{
    /// <summary>Posts it.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpClient client)
    {
        var content = new ByteArrayContent(Body);
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return client.PostAsync(Path, content);
    }

    /// <summary>For failure messages: the path, content type and the first 300 characters of the body.</summary>
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"POST {Path} ({ContentType ?? "no content type"}, {Body.Length} bytes): {(text.Length > 300 ? text[..300] + "…" : text)}";
    }
}
