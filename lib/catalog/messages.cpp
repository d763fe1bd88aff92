#include "catalog/messages.hpp"

namespace netadmin::catalog {
namespace {

constexpr std::array<std::string_view, kMessageCount> kNames{
#define MSG(key, kinds, sv, en) std::string_view(#key),
#include "catalog/messages.def"
#undef MSG
};

}  // namespace

std::string_view key_name(Msg msg) { return kNames.at(static_cast<std::size_t>(msg)); }

}  // namespace netadmin::catalog
