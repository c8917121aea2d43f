using System.Text.Json;

namespace AmazonSalesRegression.Kernel.Tests.Support;

/// <summary>
/// Messages signed by Python's jupyter_client (<c>Golden/make_signed_frames.py</c>), read from
/// <c>Golden/signed_frames.json</c> in the source tree.
/// </summary>
internal static class GoldenFrames
{
    public static string Key => Root.GetProperty("key").GetString()!;

    public static IEnumerable<object[]> Names =>
        Root.GetProperty("messages").EnumerateArray().Select(m => new object[] { m.GetProperty("name").GetString()! });

    private static JsonElement Root => Golden.Json("AmazonSalesRegression.Kernel.Tests", "Golden", "signed_frames.json");

    /// <summary>The frames and the signature jupyter_client produced for the named message.</summary>
    public static (List<byte[]> Frames, string Signature) Message(string name)
    {
        var message = Root.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);
        var frames = message.GetProperty("frames").EnumerateArray().Select(f => Convert.FromBase64String(f.GetString()!)).ToList();
        return (frames, message.GetProperty("signature").GetString()!);
    }
}
