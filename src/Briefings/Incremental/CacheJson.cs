using System.Text.Json.Serialization;

namespace Briefings.Incremental;

/// <summary>Compile-time JSON for the article cache: no reflection warm-up, which matters on a cold rebuild.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(List<CachedArticle>))]
internal sealed partial class CacheJson : JsonSerializerContext;
