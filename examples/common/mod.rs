//! Code shared by the `analyze` and `corpus` examples.

/// The id of a line that failed (malformed JSON, invalid UTF-8 elsewhere
/// in the line, too long): the line parsed as JSON, else the first JSON
/// value after a `"id":` near the start of the line, else null.
pub fn salvage_id(raw: &[u8]) -> serde_json::Value {
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(raw) {
        return v.get("id").cloned().unwrap_or(serde_json::Value::Null);
    }
    let head = &raw[..raw.len().min(4096)];
    let Some(at) = head.windows(4).position(|w| w == b"\"id\"") else {
        return serde_json::Value::Null;
    };
    let rest = head[at + 4..].trim_ascii_start();
    let Some(rest) = rest.strip_prefix(b":") else {
        return serde_json::Value::Null;
    };
    match serde_json::Deserializer::from_slice(rest)
        .into_iter::<serde_json::Value>()
        .next()
    {
        Some(Ok(v)) if !v.is_object() && !v.is_array() => v,
        _ => serde_json::Value::Null,
    }
}
