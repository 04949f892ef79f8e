#pragma once
// What kind of file a byte string is, from its first bytes (never from its name alone: a name
// is whatever the sender chose).

#include <string>
#include <string_view>

namespace redress::util {

/// A media type for a file whose first bytes are `head` (up to 512 of them) and whose name is
/// `name`: PDF, PNG, JPEG, GIF, WebP, TIFF, HEIC, ZIP-based office documents (by name, once the
/// bytes say ZIP), plain text (valid UTF-8 without NUL bytes), else
/// "application/octet-stream".
std::string sniff_media_type(std::string_view head, std::string_view name);

} // namespace redress::util
