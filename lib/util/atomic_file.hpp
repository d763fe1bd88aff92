// Writing output files so that a reader never sees half a file: the content
// goes to a temporary file in the same directory, is flushed to disk, and is
// renamed over the target. An interrupted run leaves the old file intact.
// A target that is a device or a pipe (/dev/null, /dev/stdout, a FIFO) is
// written to in place, never replaced.
#pragma once

#include "catalog/problem.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace netadmin::util {

// On failure, returns err_cannot_write with the path and the reason
// (strerror); on failure the temporary file is removed and the
// target is untouched. New files get mode 0644 unless `private_file` is set,
// in which case 0600.
catalog::Status write_file_atomically(const std::filesystem::path& target, std::string_view content,
                                      bool private_file = false);
// The same with the new file's permission bits given, e.g. those of the
// file it replaces (an edited registry file keeps its mode).
catalog::Status write_file_atomically_with_mode(const std::filesystem::path& target, std::string_view content,
                                                unsigned mode);

// Writes all of `content` to `fd`, retrying after EINTR; false on an error
// (errno tells which).
bool write_all(int fd, std::string_view content);

}  // namespace netadmin::util
