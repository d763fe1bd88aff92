// Swedish collation (SS 637004 as people expect it): A–Z, then Å, Ä, Ö.
//
// Each character maps to a collation element: primary weights (the letter
// as Swedish sorts it), a secondary weight (which accent) and a tertiary
// weight (upper or lower case). Strings are compared level by level, each
// level over the whole string, and finally by raw bytes. The elements are
// computed on the fly while walking both strings, so a comparison allocates
// nothing; sorting hundreds of thousands of names stays cheap.
#include "util/collate.hpp"

#include "util/utf8.hpp"

#include <cstdint>
#include <utility>

namespace netadmin::util {

namespace {

// Primary weight layout: ignorables < spaces < punctuation < digits <
// letters a–z, å, ä, ö < everything else (by code point).
constexpr std::uint32_t kIgnorable = 0;
constexpr std::uint32_t kSpace = 0x10;
constexpr std::uint32_t kPunctuation = 0x20;  // + code point (< U+2070)
constexpr std::uint32_t kDigit = 0x3000;
constexpr std::uint32_t kLetter = 0x3100;
constexpr std::uint32_t kAring = kLetter + 26;
constexpr std::uint32_t kAuml = kLetter + 27;
constexpr std::uint32_t kOuml = kLetter + 28;
constexpr std::uint32_t kOther = 0x10000;  // + code point

constexpr std::uint32_t letter(char lower) { return kLetter + static_cast<std::uint32_t>(lower - 'a'); }

struct Element {
    std::uint32_t primary[2] = {kIgnorable, kIgnorable};
    int primaries = 0;            // 0 (ignorable), 1, or 2 for ß, Þ, Ĳ
    std::uint32_t secondary = 0;  // 0 for a plain letter, else which accent
    std::uint32_t tertiary = 0;   // 1 for upper case
};

bool in(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

bool is_combining(char32_t cp) {
    return in(cp, 0x0300, 0x036F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) || in(cp, 0x20D0, 0x20FF) ||
           in(cp, 0xFE20, 0xFE2F) || in(cp, 0x200B, 0x200F) || in(cp, 0xFE00, 0xFE0F) || cp == 0xFEFF;
}

bool is_space(char32_t cp) {
    return cp == U' ' || cp == U'\t' || cp == 0xA0 || in(cp, 0x2000, 0x200A) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

bool is_punctuation(char32_t cp) { return in(cp, 0xA1, 0xBF) || cp == 0xD7 || cp == 0xF7 || in(cp, 0x2010, 0x206F); }

// The Swedish letters and the foreign ones Swedish sorts as them.
std::uint32_t swedish_letter(char32_t lower) {
    switch (lower) {
        case 0xE5: return kAring;  // å
        case 0xE4:
        case 0xE6: return kAuml;  // ä æ
        case 0xF6:
        case 0xF8:
        case 0x151:
        case 0x153:  // ö ø ő œ
            return kOuml;
        case 0xFC:
        case 0x171: return letter('y');  // ü ű
        default: return kIgnorable;
    }
}

// A decomposed "a" + ring or diaeresis is the same Swedish letter as the
// precomposed one; everything else decomposed sorts by its base letter.
std::uint32_t compose_with_next(char lower, std::string_view text, std::size_t& pos, std::uint32_t& secondary) {
    if (text.size() - pos < 2 || static_cast<unsigned char>(text[pos]) != 0xCC) return letter(lower);
    const auto mark = static_cast<unsigned char>(text[pos + 1]);
    std::uint32_t composed = kIgnorable;
    if (mark == 0x8A && lower == 'a') composed = kAring;  // U+030A
    if (mark == 0x88 && lower == 'a') composed = kAuml;   // U+0308
    if (mark == 0x88 && lower == 'o') composed = kOuml;
    if (mark == 0x88 && lower == 'u') {
        composed = letter('y');
        secondary = 0xFC;  // as the precomposed ü
    }
    if (composed == kIgnorable) return letter(lower);
    pos += 2;
    return composed;
}

Element next_element(std::string_view text, std::size_t& pos) {
    Element e;
    const auto first = static_cast<unsigned char>(text[pos]);
    if (first < 0x80) {
        ++pos;
        if (first >= 'A' && first <= 'Z') {
            e.tertiary = 1;
            e.primary[0] = compose_with_next(static_cast<char>(first + 0x20), text, pos, e.secondary);
            e.primaries = 1;
        } else if (first >= 'a' && first <= 'z') {
            e.primary[0] = compose_with_next(static_cast<char>(first), text, pos, e.secondary);
            e.primaries = 1;
        } else if (first >= '0' && first <= '9') {
            e.primary[0] = kDigit + (first - '0');
            e.primaries = 1;
        } else if (is_space(first)) {
            e.primary[0] = kSpace;
            e.primaries = 1;
        } else if (first >= 0x20 && first != 0x7F) {
            e.primary[0] = kPunctuation + first;
            e.primaries = 1;
        }  // other control characters are ignorable
        return e;
    }

    const char32_t cp = decode_utf8(text, pos);
    const char32_t lower = lower_code_point(cp);
    e.tertiary = lower != cp ? 1 : 0;
    if (const auto swedish = swedish_letter(lower); swedish != kIgnorable) {
        e.primary[0] = swedish;
        e.primaries = 1;
        const bool plain = lower == 0xE5 || lower == 0xE4 || lower == 0xF6;
        e.secondary = plain ? 0 : lower;
    } else if (const auto base = latin_base_letters(cp); !base.empty()) {
        for (const char c : base) e.primary[e.primaries++] = letter(c);
        e.secondary = lower;
    } else if (is_combining(cp)) {
        e.secondary = cp;
    } else if (is_space(cp)) {
        e.primary[0] = kSpace;
        e.primaries = 1;
    } else if (in(cp, 0x80, 0x9F)) {
        // C1 control characters are ignorable.
    } else if (is_punctuation(cp)) {
        e.primary[0] = kPunctuation + cp;
        e.primaries = 1;
    } else {
        e.primary[0] = kOther + cp;
        e.primaries = 1;
    }
    return e;
}

// Yields the primary weights of a string one by one (0 at the end),
// skipping ignorables and unpacking the two-letter expansions.
class PrimaryCursor {
public:
    explicit PrimaryCursor(std::string_view text) : text_(text) {}

    std::uint32_t next() {
        if (pending_ != kIgnorable) return std::exchange(pending_, kIgnorable);
        while (pos_ < text_.size()) {
            const Element e = next_element(text_, pos_);
            if (e.primaries == 0) continue;
            if (e.primaries == 2) pending_ = e.primary[1];
            return e.primary[0];
        }
        return kIgnorable;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::uint32_t pending_ = kIgnorable;
};

int sign(std::uint32_t a, std::uint32_t b) { return a < b ? -1 : 1; }

int compare_primary(std::string_view a, std::string_view b) {
    PrimaryCursor ca(a);
    PrimaryCursor cb(b);
    for (;;) {
        const std::uint32_t wa = ca.next();
        const std::uint32_t wb = cb.next();
        if (wa != wb) return sign(wa, wb);
        if (wa == kIgnorable) return 0;
    }
}

// Compares one of the tie-breaking levels element by element.
template <typename Level>
int compare_level(std::string_view a, std::string_view b, Level level) {
    std::size_t pa = 0;
    std::size_t pb = 0;
    while (pa < a.size() && pb < b.size()) {
        const std::uint32_t wa = level(next_element(a, pa));
        const std::uint32_t wb = level(next_element(b, pb));
        if (wa != wb) return sign(wa, wb);
    }
    if (pa < a.size()) return 1;
    if (pb < b.size()) return -1;
    return 0;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Length of the common byte prefix, cut back to a point where both strings
// start a new collation element: the prefix then contributes the same
// weights to both sides at every level and can be skipped.
std::size_t common_prefix(std::string_view a, std::string_view b) {
    std::size_t cut = 0;
    const std::size_t limit = a.size() < b.size() ? a.size() : b.size();
    while (cut < limit && a[cut] == b[cut]) ++cut;
    while (cut > 0 && ((cut < a.size() && is_continuation(a[cut])) || (cut < b.size() && is_continuation(b[cut])))) {
        --cut;
    }
    // An ASCII letter may combine with a decomposed accent that follows it.
    if (cut > 0) {
        const char last = a[cut - 1];
        if ((last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z')) --cut;
    }
    return cut;
}

}  // namespace

std::vector<std::uint32_t> primary_weights(std::string_view text) {
    std::vector<std::uint32_t> weights;
    weights.reserve(text.size());
    PrimaryCursor cursor(text);
    for (auto w = cursor.next(); w != kIgnorable; w = cursor.next()) weights.push_back(w);
    return weights;
}

int compare_swedish(std::string_view a, std::string_view b) {
    const std::size_t prefix = common_prefix(a, b);
    a.remove_prefix(prefix);
    b.remove_prefix(prefix);
    if (a.empty() && b.empty()) return 0;

    if (const int c = compare_primary(a, b); c != 0) return c;
    if (const int c = compare_level(a, b, [](const Element& e) { return e.secondary; }); c != 0) return c;
    if (const int c = compare_level(a, b, [](const Element& e) { return e.tertiary; }); c != 0) return c;
    // char_traits<char> compares as unsigned char, i.e. by code point order.
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace netadmin::util
