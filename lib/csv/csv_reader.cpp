// The CSV parser (see csv_reader.hpp). One pass over the bytes with a small
// state machine; separator detection looks at the header row only.
#include "csv/csv_reader.hpp"

#include "util/os_error.hpp"
#include "util/visible.hpp"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <system_error>

namespace netadmin::csv {
namespace {

using i18n::Msg;

// The separator the header row uses more often outside quotes; `,` when it
// uses neither (a file with one column) or both equally.
char detect_separator(std::string_view text) {
    std::size_t semicolons = 0;
    std::size_t commas = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        if (c == ';') ++semicolons;
        if (c == ',') ++commas;
    }
    return semicolons > commas ? ';' : ',';
}

class Parser {
public:
    Parser(std::string_view text, char separator, const std::string& file)
        : text_(text), separator_(separator), file_(file) {}

    // Next record into `cells`; false at the end, or at an error (status()).
    bool next(std::vector<std::string>& cells) {
        cells.clear();
        // Lines with nothing on them are no rows, but they are counted: a
        // place is the spreadsheet's row, the line of the record.
        while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
            skip_line_end();
            ++row_;
        }
        if (pos_ >= text_.size()) return false;
        ++row_;
        for (;;) {
            std::string cell;
            if (!read_cell(cell, cells.size() + 1)) return false;
            cells.push_back(std::move(cell));
            if (pos_ >= text_.size()) return true;
            const char c = text_[pos_];
            if (c == separator_) {
                ++pos_;
                if (pos_ >= text_.size()) {  // a separator at the very end: one more, empty cell
                    cells.emplace_back();
                    return true;
                }
                continue;
            }
            skip_line_end();  // read_cell stops only at a separator or a line end
            return true;
        }
    }

    std::size_t row() const { return row_; }
    // Whether the records so far were well formed, or where they were not.
    const catalog::Status& status() const { return status_; }

private:
    void skip_line_end() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
    }

    bool at_cell_end() const {
        return pos_ >= text_.size() || text_[pos_] == separator_ || text_[pos_] == '\n' || text_[pos_] == '\r';
    }

    bool read_cell(std::string& cell, std::size_t column) {
        if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(cell, column);
        const auto start = pos_;
        while (!at_cell_end()) ++pos_;
        cell.assign(text_.substr(start, pos_ - start));
        return true;
    }

    bool read_quoted(std::string& cell, std::size_t column) {
        ++pos_;  // the opening quote
        for (;;) {
            const auto quote = text_.find('"', pos_);
            if (quote == std::string_view::npos) {
                status_ = at(Problem(Msg::err_csv_unterminated_quote), file_, row_, column);
                return false;
            }
            cell.append(text_.substr(pos_, quote - pos_));
            pos_ = quote + 1;
            if (pos_ < text_.size() && text_[pos_] == '"') {  // "" is one quote
                cell += '"';
                ++pos_;
                continue;
            }
            if (!at_cell_end()) {
                status_ = at(Problem(Msg::err_csv_text_after_quote), file_, row_, column);
                return false;
            }
            return true;
        }
    }

    std::string_view text_;
    char separator_;
    const std::string& file_;
    std::size_t pos_ = 0;
    std::size_t row_ = 0;
    catalog::Status status_;
};

}  // namespace

Problem at(Problem problem, const std::string& file, std::size_t row, std::size_t column) {
    return std::move(problem).at(
        catalog::Location{file, static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(column)});
}

std::string render(const Problem& problem, i18n::Language language) {
    std::string out;
    if (problem.where()) {
        out = util::visible_controls(problem.where()->file);
        if (problem.where()->line > 0) {
            out += ":" + std::to_string(problem.where()->line) + ":" + std::to_string(problem.where()->column);
        }
        out += ": ";
    }
    out += problem.is_error() ? i18n::text(i18n::Language::en, Msg::severity_error)
                              : i18n::text(language, Msg::severity_warning);
    out += ": ";
    out += i18n::diagnostic_format(language, problem.msg(), problem.args());
    if (!problem.suggestions().empty()) out += "; " + i18n::suggestions_text(language, problem.suggestions());
    return out;
}

namespace {

// The record's cells decoded in place; the problem of the first cell whose
// bytes are not text in the file's encoding, placed at it.
catalog::Status decode_cells(std::vector<std::string>& cells, Encoding encoding, const std::string& file,
                             std::size_t row) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        auto text = decode_cell(cells[i], encoding);
        if (!text) return at(text.problem(), file, row, i + 1);
        cells[i] = std::move(*text);
    }
    return {};
}

}  // namespace

Result<Table> parse(std::string_view bytes, const std::string& file) {
    if (bytes.size() > kMaxBytes) {
        return at(Problem(Msg::err_csv_too_large, std::int64_t{kMaxBytes / (1024 * 1024)}), file, 0, 0);
    }
    // Split into cells as bytes (the structure is ASCII in either encoding),
    // then decode each cell, so a stray byte is placed at its cell.
    const auto detected = detect_encoding(bytes);
    Table table;
    table.file = file;
    table.encoding = detected.encoding;
    table.separator = detect_separator(detected.body);
    Parser parser(detected.body, table.separator, file);
    std::vector<std::string> cells;
    if (!parser.next(cells)) {
        if (!parser.status()) return parser.status().problem();
        return at(Problem(Msg::err_csv_empty), file, 0, 0);
    }
    if (const auto decoded = decode_cells(cells, table.encoding, file, parser.row()); !decoded) {
        return decoded.problem();
    }
    table.header = std::move(cells);
    while (parser.next(cells)) {
        if (cells.size() != table.header.size()) {
            const auto column = std::min(cells.size(), table.header.size()) + 1;
            return at(Problem(Msg::err_csv_ragged, static_cast<std::int64_t>(cells.size()),
                              static_cast<std::int64_t>(table.header.size())),
                      file, parser.row(), column);
        }
        if (const auto decoded = decode_cells(cells, table.encoding, file, parser.row()); !decoded) {
            table.problems.push_back(decoded.problem());
        } else {
            table.rows.push_back(Row{parser.row(), std::move(cells)});
        }
        cells = {};
    }
    if (!parser.status()) return parser.status().problem();
    if (table.rows.empty() && table.problems.empty()) return at(Problem(Msg::err_csv_header_only), file, 2, 1);
    return table;
}

std::vector<Problem> by_row(std::vector<Problem> read, std::vector<Problem> found) {
    if (read.empty()) return found;
    for (auto& each : found) read.push_back(std::move(each));
    const auto row = [](const Problem& p) { return p.where() ? p.where()->line : 0U; };
    std::stable_sort(read.begin(), read.end(), [&](const Problem& a, const Problem& b) { return row(a) < row(b); });
    return read;
}

Result<Table> read_file(const std::filesystem::path& path, const std::string& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxBytes) {
        return at(Problem(Msg::err_csv_too_large, std::int64_t{kMaxBytes / (1024 * 1024)}), file, 0, 0);
    }
    if (error) return at(Problem(Msg::err_cannot_read, file, util::os_error(error)), file, 0, 0);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const std::error_code why(errno, std::generic_category());
        return at(Problem(Msg::err_cannot_read, file, util::os_error(why)), file, 0, 0);
    }
    // At most one byte more than the limit: a file that grew since is still refused.
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(size) + 1);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        return at(Problem(Msg::err_cannot_read, file, util::os_error(EIO)), file, 0, 0);
    }
    return parse(bytes, file);
}

std::string describe(const Table& table, i18n::Language language) {
    const auto encoding = table.encoding == Encoding::utf8       ? Msg::csv_encoding_utf8
                          : table.encoding == Encoding::utf8_bom ? Msg::csv_encoding_utf8_bom
                                                                 : Msg::csv_encoding_windows_1252;
    return i18n::format(language, Msg::csv_read_as, std::string(1, table.separator), encoding);
}

}  // namespace netadmin::csv
