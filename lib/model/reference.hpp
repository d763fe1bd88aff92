// Reference data shipped in data/reference/: Sweden's 21 counties (regions)
// and 290 municipalities with their SCB codes. Read-only after loading.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace netadmin::model {

struct County {
    std::string code;         // "25"
    std::string name;         // "Norrbottens län"
    std::string region_name;  // "Region Norrbotten"
};

struct Municipality {
    std::string code;         // "2514"
    std::string name;         // "Kalix"
    std::string county_code;  // "25"
};

class Reference {
public:
    void add_county(County county);
    void add_municipality(Municipality municipality);

    const std::vector<County>& counties() const { return counties_; }
    const std::vector<Municipality>& municipalities() const { return municipalities_; }

    const County* county(std::string_view code) const;
    const Municipality* municipality_by_code(std::string_view code) const;
    // By name, ignoring case, hyphens versus spaces, and the suffixes of
    // running text ("Kalix kommun", "Göteborgs stad"). Exact spelling
    // otherwise: a look-up that forgave diacritics would hide the typos the
    // checker should report with a suggestion.
    const Municipality* municipality_by_name(std::string_view name) const;
    // A four-digit code or a name.
    const Municipality* find_municipality(std::string_view code_or_name) const;

    std::vector<const Municipality*> municipalities_in(std::string_view county_code) const;
    std::vector<std::string> municipality_names() const;

private:
    std::vector<County> counties_;
    std::vector<Municipality> municipalities_;
    std::unordered_map<std::string, std::size_t> county_by_code_;
    std::unordered_map<std::string, std::size_t> municipality_by_code_;
    std::unordered_map<std::string, std::size_t> municipality_by_name_;
};

}  // namespace netadmin::model
