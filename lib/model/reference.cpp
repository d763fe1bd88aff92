#include "model/reference.hpp"

#include "util/utf8.hpp"

namespace netadmin::model {
namespace {

// Lowercase, hyphens as spaces, runs of white space as one, trimmed:
// "Upplands-Bro", "upplands bro" and " Upplands  Bro " share a key.
std::string normalise(std::string_view name) {
    std::string key;
    for (const char c : util::to_lower(name)) {
        const bool blank = c == ' ' || c == '-' || c == '\t';
        if (blank) {
            if (!key.empty() && key.back() != ' ') key += ' ';
        } else {
            key += c;
        }
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

// The forms a municipality's name takes in running text: "Kalix kommun",
// "Göteborgs stad", "Luleå municipality". Returns the bare name's key.
std::string strip_suffix(std::string key) {
    for (const std::string_view suffix : {" kommun", " stad", " municipality"}) {
        if (key.size() > suffix.size() && key.ends_with(suffix)) {
            key.resize(key.size() - suffix.size());
            break;
        }
    }
    return key;
}

std::string name_key(std::string_view name) { return normalise(name); }

}  // namespace

void Reference::add_county(County county) {
    county_by_code_.emplace(county.code, counties_.size());
    counties_.push_back(std::move(county));
}

void Reference::add_municipality(Municipality municipality) {
    municipality_by_code_.emplace(municipality.code, municipalities_.size());
    municipality_by_name_.emplace(name_key(municipality.name), municipalities_.size());
    municipalities_.push_back(std::move(municipality));
}

const County* Reference::county(std::string_view code) const {
    const auto it = county_by_code_.find(std::string(code));
    return it == county_by_code_.end() ? nullptr : &counties_[it->second];
}

const Municipality* Reference::municipality_by_code(std::string_view code) const {
    const auto it = municipality_by_code_.find(std::string(code));
    return it == municipality_by_code_.end() ? nullptr : &municipalities_[it->second];
}

const Municipality* Reference::municipality_by_name(std::string_view name) const {
    auto lookup = [&](const std::string& key) -> const Municipality* {
        const auto it = municipality_by_name_.find(key);
        return it == municipality_by_name_.end() ? nullptr : &municipalities_[it->second];
    };
    const auto key = normalise(name);
    if (const auto* found = lookup(key)) return found;
    const auto bare = strip_suffix(key);
    if (bare == key) return nullptr;
    if (const auto* found = lookup(bare)) return found;
    // The genitive before "kommun" or "stad": "Göteborgs stad", "Västerås stad" stays as is.
    if (bare.size() > 1 && bare.back() == 's') return lookup(bare.substr(0, bare.size() - 1));
    return nullptr;
}

const Municipality* Reference::find_municipality(std::string_view code_or_name) const {
    const bool all_digits =
        !code_or_name.empty() && code_or_name.find_first_not_of("0123456789") == std::string_view::npos;
    return all_digits ? municipality_by_code(code_or_name) : municipality_by_name(code_or_name);
}

std::vector<const Municipality*> Reference::municipalities_in(std::string_view county_code) const {
    std::vector<const Municipality*> result;
    for (const auto& municipality : municipalities_) {
        if (municipality.county_code == county_code) result.push_back(&municipality);
    }
    return result;
}

std::vector<std::string> Reference::municipality_names() const {
    std::vector<std::string> names;
    names.reserve(municipalities_.size());
    for (const auto& municipality : municipalities_) names.push_back(municipality.name);
    return names;
}

}  // namespace netadmin::model
