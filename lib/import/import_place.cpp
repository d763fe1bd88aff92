// The registry's problems with an import's new entities placed at their
// rows and columns of the file (see import.hpp, place_problems).
#include "import/import.hpp"

#include "import/import_detail.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace netadmin::imports {
namespace {

using catalog::Problem;
using detail::trimmed;

// The lines of the new entities in a file: [first, last] (from 1) of the
// keys below each `[[kind]]` header whose id is one of `added`.
struct Block {
    std::size_t addition = 0;
    std::uint32_t first = 0;
    std::uint32_t last = 0;
};

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto end = text.find('\n');
        auto line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return out;
}

std::vector<Block> new_blocks(std::string_view text, const std::string& kind, const std::vector<std::string>& added) {
    std::vector<Block> out;
    const auto lines = lines_of(text);
    const auto header = "[[" + kind + "]]";
    std::unordered_map<std::string, std::size_t> by_id_line;  // "id = \"…\"" -> its addition
    for (std::size_t k = 0; k < added.size(); ++k) by_id_line.try_emplace("id = \"" + added[k] + "\"", k);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] != header) continue;
        const auto found = by_id_line.find(std::string(lines[i + 1]));
        if (found == by_id_line.end()) continue;
        auto last = i + 1;
        while (last + 1 < lines.size() && !lines[last + 1].empty() && lines[last + 1].front() != '[') ++last;
        out.push_back({found->second, static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(last + 1)});
    }
    return out;
}

// The rows of the additions with errors out of the plan, their errors in
// it, newest first so the indices hold; then the errors sorted by row.
void reject_placed(Plan& plan, std::map<std::size_t, std::vector<csv::Problem>>& placed) {
    for (auto entry = placed.rbegin(); entry != placed.rend(); ++entry) {
        for (auto& error : entry->second) plan.errors.push_back(std::move(error));
        plan.batch.additions.erase(plan.batch.additions.begin() + static_cast<std::ptrdiff_t>(entry->first));
        plan.addition_rows.erase(plan.addition_rows.begin() + static_cast<std::ptrdiff_t>(entry->first));
        --plan.added;
        ++plan.rejected;
    }
    // By row; the row is taken out first, so the sort reads plain numbers
    // (and a problem without a place sorts first instead of failing).
    std::vector<std::pair<std::size_t, csv::Problem>> by_row;
    by_row.reserve(plan.errors.size());
    for (auto& error : plan.errors) {
        const std::size_t row = error.where() ? error.where()->line : 0;
        by_row.emplace_back(row, std::move(error));
    }
    std::stable_sort(by_row.begin(), by_row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    plan.errors.clear();
    for (auto& entry : by_row) plan.errors.push_back(std::move(entry.second));
}

}  // namespace

load::Diagnostics place_problems(Plan& plan, const csv::Table& table, const csv::Columns& columns,
                                 const edit::Edited& attempted, const load::Diagnostics& problems) {
    load::Diagnostics rest;
    std::map<std::size_t, std::vector<csv::Problem>> placed;  // addition -> its errors
    std::map<std::string, std::vector<Block>> blocks;         // file path -> its new entities
    std::map<std::string, std::vector<std::string_view>> file_lines;
    for (const auto index : attempted.changed) {
        const auto& file = attempted.files[index];
        blocks[file.path] = new_blocks(file.content, plan.batch.kind, attempted.added);
        file_lines[file.path] = lines_of(file.content);
    }
    for (const auto& problem : problems.items()) {
        const auto& where = problem.location();
        const Block* block = nullptr;
        if (const auto found = blocks.find(where.file); found != blocks.end()) {
            // The blocks are in line order: the last that starts at or before the line.
            const auto& of_file = found->second;
            const auto after =
                std::upper_bound(of_file.begin(), of_file.end(), where.line,
                                 [](std::uint32_t line, const Block& each) { return line < each.first; });
            if (after != of_file.begin() && where.line <= std::prev(after)->last) block = &*std::prev(after);
        }
        if (block == nullptr || block->addition >= plan.addition_rows.size()) {
            rest.push(problem);
            continue;
        }
        // The key of the line the problem is on names the column.
        std::size_t column = 0;
        if (const auto found = file_lines.find(where.file); found != file_lines.end()) {
            const auto& of_file = found->second;
            if (where.line >= 1 && where.line <= of_file.size()) {
                const auto line = of_file[where.line - 1];
                const auto key = trimmed(line.substr(0, line.find('=')));
                column = columns.column(key);
            }
        }
        placed[block->addition].push_back(csv::at(Problem::runtime(problem.msg(), problem.args()), table.file,
                                                  plan.addition_rows[block->addition], column == 0 ? 1 : column));
    }
    if (placed.empty()) return rest;
    reject_placed(plan, placed);
    return rest;
}

}  // namespace netadmin::imports
