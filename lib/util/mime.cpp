#include "util/mime.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace redress::util {

namespace {

bool starts(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string extension(std::string_view name) {
  const auto dot = name.rfind('.');
  std::string ext(dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

} // namespace

std::string sniff_media_type(std::string_view head, std::string_view name) {
  if (starts(head, "%PDF-")) {
    return "application/pdf";
  }
  if (starts(head, "\x89PNG\r\n\x1a\n")) {
    return "image/png";
  }
  if (starts(head, "\xFF\xD8\xFF")) {
    return "image/jpeg";
  }
  if (starts(head, "GIF87a") || starts(head, "GIF89a")) {
    return "image/gif";
  }
  if (starts(head, "RIFF") && head.size() >= 12 && head.substr(8, 4) == "WEBP") {
    return "image/webp";
  }
  if (starts(head, std::string_view("II*\0", 4)) || starts(head, std::string_view("MM\0*", 4))) {
    return "image/tiff";
  }
  if (head.size() >= 12 && head.substr(4, 4) == "ftyp" && (head.substr(8, 4) == "heic" || head.substr(8, 4) == "mif1")) {
    return "image/heic";
  }
  if (starts(head, "PK\x03\x04")) {
    const std::string ext = extension(name);
    if (ext == "docx") {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (ext == "xlsx") {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    if (ext == "odt") {
      return "application/vnd.oasis.opendocument.text";
    }
    return "application/zip";
  }
  // Text: valid UTF-8 (a character cut at the end of `head` allowed), no NUL.
  std::string_view text = head;
  for (int cut = 0; cut < 4 && !is_valid_utf8(text) && !text.empty(); ++cut) {
    text.remove_suffix(1);
  }
  if (!head.empty() && is_valid_utf8(text) && head.find('\0') == std::string_view::npos) {
    return "text/plain";
  }
  return "application/octet-stream";
}

} // namespace redress::util
