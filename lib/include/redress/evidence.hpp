#pragma once
// Evidence of a complaint as `redress evidence REF` lists it (SPEC §6): the files stored with
// it, numbered in the order they came, and the plain labels given without a file.

#include <redress/time.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace redress {

struct EvidenceItem {
  int number = 0;           // files: 1, 2, ... in the order they were stored; 0 for a label
  std::string name;         // the file's name when it was stored, or the label
  std::optional<std::int64_t> size; // files only
  std::string type;         // files: "application/pdf", "image/jpeg", ...; "label" for a label
  std::string sha256;       // files only: the digest the chain covers
  Instant at;               // the event that brought it
  std::string actor;
  std::string event_type;   // filed, noted, resolved, attached, ...
  bool undone = false;      // that event was undone (`undo`); the file stays in the record
};

} // namespace redress
