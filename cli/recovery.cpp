#include "recovery.hpp"

namespace netadmin::cli {
namespace {

edit::Recovery told(const Context& context, edit::Recovery recovery) {
    const auto files = static_cast<std::int64_t>(recovery.files);
    switch (recovery.done) {
        case edit::Recovered::nothing: break;
        case edit::Recovered::rolled_forward: context.error(context.tr(i18n::Msg::txn_rolled_forward, files)); break;
        case edit::Recovered::rolled_back: context.error(context.tr(i18n::Msg::txn_rolled_back, files)); break;
        case edit::Recovered::read_new: context.error(context.tr(i18n::Msg::txn_read_new, files)); break;
        case edit::Recovered::read_old: context.error(context.tr(i18n::Msg::txn_read_old, files)); break;
        case edit::Recovered::read_as_is: context.error(context.tr(i18n::Msg::txn_read_as_is, files)); break;
    }
    return recovery;
}

}  // namespace

edit::Recovery recover_registry(const Context& context) {
    return told(context, edit::recover_registry(context.registry_dir));
}

edit::Recovery recover_locked_registry(const Context& context) {
    return told(context, edit::recover_locked(context.registry_dir));
}

}  // namespace netadmin::cli
