#include "snapshot/codec.hpp"

#include "snapshot/members.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>
#include <variant>

namespace netadmin::snapshot {

// The members of every struct a snapshot holds. A wrong count does not
// compile (snapshot/members.hpp).
template <>
inline constexpr int kMembers<model::Region> = 12;
template <>
inline constexpr int kMembers<model::Organisation> = 9;
template <>
inline constexpr int kMembers<model::Person> = 10;
template <>
inline constexpr int kMembers<model::Centre> = 16;
template <>
inline constexpr int kMembers<model::Network> = 12;
template <>
inline constexpr int kMembers<model::Programme> = 29;
template <>
inline constexpr int kMembers<model::Meeting> = 32;
template <>
inline constexpr int kMembers<model::Venue> = 9;
template <>
inline constexpr int kMembers<model::Resource> = 13;
template <>
inline constexpr int kMembers<model::Source> = 9;
template <>
inline constexpr int kMembers<model::CountFact> = 11;
template <>
inline constexpr int kMembers<model::Settings> = 10;
template <>
inline constexpr int kMembers<model::ReminderRules> = 3;
template <>
inline constexpr int kMembers<model::Provenance> = 3;
template <>
inline constexpr int kMembers<model::Operations> = 1;
template <>
inline constexpr int kMembers<model::Theme> = 3;
template <>
inline constexpr int kMembers<model::Registration> = 4;
template <>
inline constexpr int kMembers<model::Quote> = 2;
template <>
inline constexpr int kMembers<model::Speaker> = 2;
template <>
inline constexpr int kMembers<model::SourceRef> = 3;
template <>
inline constexpr int kMembers<model::Count> = 2;
template <>
inline constexpr int kMembers<model::County> = 3;
template <>
inline constexpr int kMembers<model::Municipality> = 3;
template <>
inline constexpr int kMembers<time::FuzzyDate> = 5;
template <>
inline constexpr int kMembers<time::TimeOfDay> = 1;
template <>
inline constexpr int kMembers<catalog::Location> = 3;

namespace {

// A diagnostic as a snapshot stores it: the Problem's parts in a plain
// struct, in the order the format has always had.
struct StoredDiagnostic {
    catalog::Severity severity = catalog::Severity::error;
    catalog::Location where;
    catalog::Msg message = catalog::Msg::severity_error;
    std::vector<catalog::Arg> args;
    std::optional<catalog::Msg> hint;
    std::vector<catalog::Arg> hint_args;
};

StoredDiagnostic stored(const load::Diagnostic& diagnostic) {
    return {diagnostic.severity(), diagnostic.location(), diagnostic.msg(),
            diagnostic.args(),     diagnostic.hint(),     diagnostic.hint_args()};
}

load::Diagnostic restored(StoredDiagnostic&& stored) {
    auto problem = catalog::Problem::runtime(stored.message, std::move(stored.args));
    if (stored.severity == catalog::Severity::warning) problem = std::move(problem).as_warning();
    if (stored.hint) problem.set_hint(*stored.hint, std::move(stored.hint_args));
    return {std::move(problem), std::move(stored.where)};
}

}  // namespace

template <>
inline constexpr int kMembers<StoredDiagnostic> = 6;

namespace {

// How many values each stored enum has: a decoded value at or above it is
// corrupt. An enum without an entry does not compile.
template <typename E>
inline constexpr unsigned kEnumValues = 0;
template <>
inline constexpr unsigned kEnumValues<model::EntityKind> = 10;
template <>
inline constexpr unsigned kEnumValues<model::MeetingKind> = model::kMeetingKindCount;
template <>
inline constexpr unsigned kEnumValues<model::MeetingStatus> = 4;
template <>
inline constexpr unsigned kEnumValues<model::ResourceKind> = 2;
template <>
inline constexpr unsigned kEnumValues<model::CentreKind> = 2;
template <>
inline constexpr unsigned kEnumValues<model::Approx> = 4;
template <>
inline constexpr unsigned kEnumValues<time::Precision> = 4;
template <>
inline constexpr unsigned kEnumValues<time::Term> = 2;
template <>
inline constexpr unsigned kEnumValues<catalog::Severity> = 2;
template <>
inline constexpr unsigned kEnumValues<catalog::Msg> = catalog::kMessageCount;

template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};
template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <typename T>
struct IsVariant : std::false_type {};
template <typename... T>
struct IsVariant<std::variant<T...>> : std::true_type {};

// Fixed-size values in the machine's own byte order: the header records
// it, and a snapshot of another order is not read (snapshot/snapshot_file.cpp).
template <typename T>
void put_raw(std::string& out, T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

template <typename T>
void put(std::string& out, const T& value) {
    if constexpr (std::is_same_v<T, bool>) {
        put_raw<std::uint8_t>(out, value ? 1 : 0);
    } else if constexpr (std::is_enum_v<T>) {
        static_assert(kEnumValues<T> > 0, "say how many values this enum has");
        put_raw(out, static_cast<std::underlying_type_t<T>>(value));
    } else if constexpr (std::is_integral_v<T>) {
        put_raw(out, value);
    } else if constexpr (std::is_same_v<T, std::string>) {
        put_raw(out, static_cast<std::uint32_t>(value.size()));
        out.append(value);
    } else if constexpr (IsVector<T>::value) {
        put_raw(out, static_cast<std::uint32_t>(value.size()));
        for (const auto& item : value) put(out, item);
    } else if constexpr (IsOptional<T>::value) {
        put_raw<std::uint8_t>(out, value ? 1 : 0);
        if (value) put(out, *value);
    } else if constexpr (IsVariant<T>::value) {
        put_raw(out, static_cast<std::uint8_t>(value.index()));
        std::visit([&out](const auto& alternative) { put(out, alternative); }, value);
    } else {
        for_each_member(value, [&out](const auto& member) { put(out, member); });
    }
}

class Reader {
public:
    explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}

    bool ok() const { return ok_; }
    bool at_end() const { return ok_ && p_ == end_; }
    void fail() { ok_ = false; }
    std::size_t left() const { return static_cast<std::size_t>(end_ - p_); }

    template <typename T>
    T raw() {
        T value{};
        if (!ok_ || left() < sizeof(T)) {
            ok_ = false;
            return value;
        }
        std::memcpy(&value, p_, sizeof(T));
        p_ += sizeof(T);
        return value;
    }

    // A count of items that follow, each at least one byte: one larger than
    // the bytes left is corrupt, so a bad count cannot ask for gigabytes.
    std::uint32_t count() {
        const auto n = raw<std::uint32_t>();
        if (n > left()) ok_ = false;
        return ok_ ? n : 0;
    }

    std::string_view bytes(std::size_t n) {
        if (!ok_ || left() < n) {
            ok_ = false;
            return {};
        }
        const std::string_view out(p_, n);
        p_ += n;
        return out;
    }

    // Registry::files: a place's file index must name one of them.
    std::size_t file_count = 0;

private:
    const char* p_;
    const char* end_;
    bool ok_ = true;
};

bool valid(const time::FuzzyDate& date) {
    if (date.year < 1 || date.year > 9999) return false;
    if (date.precision == time::Precision::month && (date.month < 1 || date.month > 12)) return false;
    if (date.precision == time::Precision::day && !time::is_valid(time::CivilDate{date.year, date.month, date.day}))
        return false;
    return true;
}

template <typename V, std::size_t... I>
void get_alternative(Reader& in, V& value, std::size_t index, std::index_sequence<I...>);

// The fewest bytes a value of T takes: a length, a flag, a number, or one
// byte for each member of a struct (each takes at least one).
template <typename T>
constexpr std::size_t min_bytes() {
    if constexpr (std::is_same_v<T, std::string> || IsVector<T>::value) {
        return sizeof(std::uint32_t);
    } else if constexpr (IsOptional<T>::value || IsVariant<T>::value || std::is_same_v<T, bool>) {
        return 1;
    } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
        return sizeof(T);
    } else {
        return static_cast<std::size_t>(kMembers<T>);
    }
}

template <typename T>
void get(Reader& in, T& value) {
    if constexpr (std::is_same_v<T, bool>) {
        const auto byte = in.raw<std::uint8_t>();
        if (byte > 1) in.fail();
        value = byte == 1;
    } else if constexpr (std::is_enum_v<T>) {
        const auto raw = in.raw<std::underlying_type_t<T>>();
        if (static_cast<std::uint64_t>(raw) >= kEnumValues<T>) in.fail();
        value = in.ok() ? static_cast<T>(raw) : T{};
    } else if constexpr (std::is_integral_v<T>) {
        value = in.raw<T>();
    } else if constexpr (std::is_same_v<T, std::string>) {
        value.assign(in.bytes(in.raw<std::uint32_t>()));
    } else if constexpr (IsVector<T>::value) {
        const auto n = in.count();
        value.clear();
        // Each item takes at least min_bytes<T>: a count that the bytes left
        // cannot hold reserves no more memory than they could.
        value.reserve(std::min<std::size_t>(n, in.left() / min_bytes<typename T::value_type>()));
        for (std::uint32_t i = 0; i < n && in.ok(); ++i) get(in, value.emplace_back());
    } else if constexpr (IsOptional<T>::value) {
        bool present = false;
        get(in, present);
        value.reset();
        if (present) get(in, value.emplace());
    } else if constexpr (IsVariant<T>::value) {
        const auto index = in.raw<std::uint8_t>();
        if (index >= std::variant_size_v<T>) {
            in.fail();
            return;
        }
        get_alternative(in, value, index, std::make_index_sequence<std::variant_size_v<T>>());
    } else {
        for_each_member(value, [&in](auto& member) { get(in, member); });
        if constexpr (std::is_same_v<T, time::FuzzyDate>) {
            if (!valid(value)) in.fail();
        } else if constexpr (std::is_same_v<T, time::TimeOfDay>) {
            if (value.minutes < 0 || value.minutes >= 24 * 60) in.fail();
        } else if constexpr (std::is_same_v<T, model::Operations>) {
            if (value.bits >= (1U << model::kOperationCount)) in.fail();
        } else if constexpr (std::is_same_v<T, model::SourceRef>) {
            if (value.file >= in.file_count) in.fail();
        }
    }
}

template <typename V, std::size_t... I>
void get_alternative(Reader& in, V& value, std::size_t index, std::index_sequence<I...>) {
    ((index == I ? (get(in, value.template emplace<I>()), void()) : void()), ...);
}

}  // namespace

std::string encode(const load::LoadResult& loaded) {
    const auto& registry = loaded.registry;
    std::string out;
    put(out, registry.root);
    put(out, registry.files);
    put(out, registry.reference.counties());
    put(out, registry.reference.municipalities());
    put(out, registry.settings);
    put(out, registry.regions);
    put(out, registry.organisations);
    put(out, registry.people);
    put(out, registry.centres);
    put(out, registry.networks);
    put(out, registry.programmes);
    put(out, registry.meetings);
    put(out, registry.venues);
    put(out, registry.resources);
    put(out, registry.sources);
    put(out, registry.counts);
    std::vector<StoredDiagnostic> diagnostics;
    diagnostics.reserve(loaded.diagnostics.items().size());
    for (const auto& diagnostic : loaded.diagnostics.items()) diagnostics.push_back(stored(diagnostic));
    put(out, diagnostics);
    return out;
}

std::optional<load::LoadResult> decode(std::string_view bytes) {
    Reader in(bytes);
    load::LoadResult loaded;
    auto& registry = loaded.registry;
    get(in, registry.root);
    get(in, registry.files);
    in.file_count = registry.files.size();
    std::vector<model::County> counties;
    std::vector<model::Municipality> municipalities;
    get(in, counties);
    get(in, municipalities);
    for (auto& county : counties) registry.reference.add_county(std::move(county));
    for (auto& municipality : municipalities) registry.reference.add_municipality(std::move(municipality));
    get(in, registry.settings);
    get(in, registry.regions);
    get(in, registry.organisations);
    get(in, registry.people);
    get(in, registry.centres);
    get(in, registry.networks);
    get(in, registry.programmes);
    get(in, registry.meetings);
    get(in, registry.venues);
    get(in, registry.resources);
    get(in, registry.sources);
    get(in, registry.counts);
    std::vector<StoredDiagnostic> diagnostics;
    get(in, diagnostics);
    if (!in.at_end()) return std::nullopt;
    for (auto& diagnostic : diagnostics) loaded.diagnostics.push(restored(std::move(diagnostic)));
    // A registry with an id twice did not load cleanly, so no snapshot of
    // one was written.
    if (!registry.build_index().empty()) return std::nullopt;
    return loaded;
}

}  // namespace netadmin::snapshot
