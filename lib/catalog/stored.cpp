#include "catalog/stored.hpp"

#include <charconv>
#include <vector>

namespace netadmin::catalog {
namespace {

constexpr char kStart = '\x1e';
constexpr char kSeparator = '\x1f';

std::optional<Arg> parse_arg(std::string_view field, char kind) {
    if (field.size() < 2 || field[1] != ':') return std::nullopt;
    const auto value = field.substr(2);
    switch (field[0]) {
        case 't':
            if (kind != 't') return std::nullopt;
            return Arg(std::string(value));
        case 'k': {
            const auto key = key_named(value);
            if (!key || kind != 't') return std::nullopt;
            return Arg(*key);
        }
        case 'n': {
            std::int64_t number = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
            if (error != std::errc() || end != value.data() + value.size()) return std::nullopt;
            return Arg(number);  // a number fits 't' as well as 'n'
        }
        default: return std::nullopt;
    }
}

}  // namespace

std::optional<Msg> key_named(std::string_view name) {
    for (std::size_t i = 0; i < kMessageCount; ++i) {
        const auto msg = static_cast<Msg>(i);
        if (key_name(msg) == name) return msg;
    }
    return std::nullopt;
}

std::string to_stored(const Problem& problem) {
    std::string out(1, kStart);
    out += key_name(problem.msg());
    for (const auto& arg : problem.args()) {
        out += kSeparator;
        if (const auto* text = std::get_if<std::string>(&arg)) {
            out += "t:" + *text;
        } else if (const auto* key = std::get_if<Msg>(&arg)) {
            out += "k:" + std::string(key_name(*key));
        } else {
            out += "n:" + std::to_string(std::get<std::int64_t>(arg));
        }
    }
    return out;
}

std::optional<Problem> from_stored(std::string_view stored) {
    if (stored.empty() || stored.front() != kStart) return std::nullopt;
    std::vector<std::string_view> fields;
    std::size_t start = 1;
    for (;;) {
        const auto end = stored.find(kSeparator, start);
        fields.push_back(stored.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    const auto msg = key_named(fields.front());
    if (!msg || arity(*msg) != fields.size() - 1) return std::nullopt;
    std::vector<Arg> args;
    for (std::size_t i = 1; i < fields.size(); ++i) {
        auto arg = parse_arg(fields[i], kinds(*msg)[i - 1]);
        if (!arg) return std::nullopt;
        args.push_back(std::move(*arg));
    }
    return Problem::runtime(*msg, std::move(args));
}

}  // namespace netadmin::catalog
