using System.Text.Json;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>One field of a payload, read without building a document: the session looks at a word or two of some messages.</summary>
internal static class JsonFields
{
    /// <returns>The top-level string property <paramref name="name"/> of a JSON object, or null when it has none.</returns>
    public static string? TopLevelString(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
