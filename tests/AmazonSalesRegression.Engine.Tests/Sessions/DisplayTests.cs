using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

[Collection(EngineCollection.Name)]
public sealed class DisplayTests(SessionFixture fixture)
{
    [Fact]
    public async Task Display_shows_a_value_and_update_replaces_it_under_the_same_id()
    {
        // When
        var (result, output) = await fixture.RunAsync("var progress = display(\"step 1\");\nprogress.Update(\"step 2\");");

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal(2, output.Displays.Count);
        var (shown, shownId, shownUpdate) = output.Displays[0];
        var (updated, updatedId, updatedUpdate) = output.Displays[1];
        Assert.Equal("step 1", shown.Text());
        Assert.False(shownUpdate);
        Assert.Equal("step 2", updated.Text());
        Assert.True(updatedUpdate);
        Assert.NotNull(shownId);
        Assert.Equal(shownId, updatedId);
    }

    [Fact]
    public async Task A_handle_from_an_earlier_cell_updates_through_the_current_cell()
    {
        // Given
        var (_, first) = await fixture.RunAsync("var status = display(1);");

        // When
        var (_, second) = await fixture.RunAsync("status.Update(2);");

        // Then
        Assert.Single(first.Displays);
        var (data, id, update) = Assert.Single(second.Displays);
        Assert.Equal("2", data.Text());
        Assert.True(update);
        Assert.Equal(first.Displays[0].Id, id);
    }

    [Fact]
    public async Task The_Display_extension_and_HTML_helper_work_as_in_dotnet_interactive()
    {
        // When
        var (_, output) = await fixture.RunAsync("HTML(\"<b>bold</b>\").Display();");

        // Then
        var (data, _, _) = Assert.Single(output.Displays);
        Assert.Equal("<b>bold</b>", data.Text("text/html"));
        Assert.Equal("<b>bold</b>", data.Text());
    }

    [Fact]
    public async Task Display_can_restrict_the_mime_types_but_keeps_plain_text()
    {
        // When
        var (_, output) = await fixture.RunAsync("display(new[] { new { Name = \"a\" } }, \"text/plain\");");

        // Then
        var (data, _, _) = Assert.Single(output.Displays);
        Assert.Equal(["text/plain"], data.Data.Keys);
    }

    [Fact]
    public async Task Input_is_read_through_the_cell_output()
    {
        // Given
        var output = new RecordingCellOutput { InputReply = "typed" };

        // When
        var result = await fixture.Session.ExecuteAsync(
            "var line = Console.ReadLine();\nvar asked = await GetInputAsync(\"name?\");\nline + \"/\" + asked",
            output,
            CancellationToken.None
        );

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("typed/typed", result.Result!.Text());
    }
}
