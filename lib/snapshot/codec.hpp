// A loaded registry and its diagnostics as bytes, and back: the payload of
// a snapshot (snapshot/store.hpp). Every data member of every model struct
// is written in declaration order (snapshot/members.hpp), so what a command
// reads from a decoded registry is what it would have read after parsing.
//
// decode takes any bytes: it is the reader of a file on disk, and a file on
// disk may be truncated, corrupt or made by someone else. It checks every
// length against the bytes left, every enum against its values, every
// date, time and file index against what the model allows, and that
// nothing is left over; anything else is nullopt, never a crash.
#pragma once

#include "load/registry_loader.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::snapshot {

std::string encode(const load::LoadResult& loaded);
std::optional<load::LoadResult> decode(std::string_view bytes);

}  // namespace netadmin::snapshot
