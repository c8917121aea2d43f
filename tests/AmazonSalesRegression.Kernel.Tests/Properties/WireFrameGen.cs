using System.Text;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AmazonSalesRegression.Kernel.Tests.Properties;

/// <summary>Generators of multipart messages as a client (or an attacker) might send them.</summary>
internal static class WireFrameGen
{
    private static readonly string[] MsgTypes =
    [
        "kernel_info_request", "execute_request", "complete_request", "inspect_request", "is_complete_request",
        "history_request", "comm_info_request", "comm_open", "comm_msg", "comm_close", "interrupt_request",
        "shutdown_request", "debug_request", "input_reply", "unknown_request", "", "execute_reply", "x\u0000y",
    ];

    /// <summary>JSON frames: objects with plausible and wrong members, other JSON values, invalid JSON and bytes.</summary>
    public static Gen<byte[]> JsonFrame =>
        Gen.Frequency(
            (5, JsonObjectText.Select(Encoding.UTF8.GetBytes)),
            (
                2,
                Gen.Elements(
                    "", "null", "[]", "42", "\"text\"", "{", "}", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "{\"a\":1}{}",
                    "{\"a\":NaN}", "{\"a\":\"\\uD800\"}", "{\"a\":1,\"a\":2}", new string('[', 5000) + new string(']', 5000),
                    string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000)
                ).Select(Encoding.UTF8.GetBytes)
            ),
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()),
            (1, Gen.Elements<byte[]>([0xEF, 0xBB, 0xBF, 0x7B, 0x7D], [0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x31, 0x7D], [0xFF, 0xFE]))
        );

    /// <summary>A JSON object whose members are header fields and request fields with right and wrong types.</summary>
    public static Gen<string> JsonObjectText =>
        from members in (
            from name in Gen.Elements(
                "msg_id", "msg_type", "session", "username", "date", "version", "code", "silent", "store_history",
                "user_expressions", "allow_stdin", "stop_on_error", "cursor_pos", "detail_level", "hist_access_type",
                "n", "pattern", "unique", "raw", "output", "start", "stop", "restart", "comm_id", "target_name", "data",
                "target", "command", "arguments", "seq", "type", "value"
            )
            from value in Gen.OneOf(
                Gen.Elements(MsgTypes).Select(Quote),
                Gen.Elements(
                    "null", "true", "false", "0", "-1", "2147483648", "1e308", "1.5", "\"\"", "\"print hi\"", "\"x = 1\"",
                    "\"result 3\"", "\"fail oops\"", "\"tail\"", "\"range\"", "\"search\"", "\"a*\"", "[]", "{}", "[1]",
                    "{\"x\":1}", "\"\\u0000\"", "\"" + new string('x', 70_000) + "\""
                )
            )
            select $"\"{name}\":{value}"
        ).ListOf().Resize(8)
        select "{" + string.Join(",", members) + "}";

    /// <summary>A well-formed header with a random message type (and sometimes duplicated or odd members).</summary>
    public static Gen<string> Header =>
        from msgType in Gen.Elements(MsgTypes)
        from extra in Gen.Elements("", ",\"msg_type\":\"kernel_info_request\"", ",\"msg_id\":7", ",\"session\":{}", ",\"version\":5.3")
        select $"{{\"msg_id\":\"{Guid.NewGuid()}\",\"msg_type\":{Quote(msgType)},\"session\":\"s\",\"username\":\"u\",\"date\":\"2025-01-01T00:00:00Z\",\"version\":\"5.3\"{extra}}}";

    /// <summary>Multipart messages: correctly signed with random frames, wrongly signed, unsigned, without delimiter, with too few or extra frames.</summary>
    public static Gen<List<byte[]>> Message =>
        from identities in Gen.Elements<byte[][]>([], [[1, 2, 3]], [Encoding.ASCII.GetBytes("<IDS|MSG"), [0]])
        from header in Gen.Frequency((3, Header.Select(Encoding.UTF8.GetBytes)), (1, JsonFrame))
        from parent in Gen.Frequency((3, Gen.Constant("{}"u8.ToArray())), (1, JsonFrame))
        from metadata in Gen.Frequency((3, Gen.Constant("{}"u8.ToArray())), (1, JsonFrame))
        from content in Gen.Frequency((2, JsonObjectText.Select(Encoding.UTF8.GetBytes)), (1, JsonFrame))
        from buffers in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ListOf().Resize(2)
        from signing in Gen.Frequency((6, Gen.Constant("valid")), (1, Gen.Elements("wrong", "empty", "garbage", "uppercase")))
        from shape in Gen.Frequency((6, Gen.Constant("whole")), (1, Gen.Elements("no-delimiter", "truncated", "only-delimiter", "empty")))
        from cut in Gen.Choose(0, 4)
        select Build(identities, new WireMessage(identities, header, parent, metadata, content, [.. buffers]), signing, shape, cut);

    private static List<byte[]> Build(byte[][] identities, WireMessage message, string signing, string shape, int cut)
    {
        var frames = InProcessKernel.ClientCodec.Encode(message);
        var signatureIndex = identities.Length + 1;
        frames[signatureIndex] = signing switch
        {
            "wrong" => Encoding.ASCII.GetBytes(new string('a', 64)),
            "empty" => [],
            "garbage" => Encoding.ASCII.GetBytes("not-hex-at-all-" + new string('z', 49)),
            "uppercase" => Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(frames[signatureIndex]).ToUpperInvariant()),
            _ => frames[signatureIndex],
        };
        return shape switch
        {
            "no-delimiter" => [.. frames.Where((_, i) => i != identities.Length)],
            "truncated" => frames[..Math.Min(frames.Count, identities.Length + 1 + cut)],
            "only-delimiter" => [WireCodec.Delimiter.ToArray()],
            "empty" => [],
            _ => frames,
        };
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
