// HTML escaping (render/html_escape.hpp).
#include "render/html_escape.hpp"

#include "util/visible.hpp"

namespace netadmin::render {

void append_html_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // Control and bidi characters are dropped (util/visible.hpp); a page's
        // own whitespace, newline and tab, stays.
        if (const auto hidden = util::hidden_at(text, i); hidden && c != '\n' && c != '\t') {
            i += hidden->length - 1;
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_html_escaped(out, text);
    return out;
}

}  // namespace netadmin::render
