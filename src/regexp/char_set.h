#pragma once
// Sets of code points as sorted, disjoint, non-adjacent inclusive ranges.
#include <cstdint>
#include <string>
#include <vector>

namespace yjs::regexp {

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;
inline constexpr char32_t kMaxCodeUnit = 0xFFFF;

struct CodePointRange {
    char32_t first;
    char32_t last; // inclusive
    bool operator==(const CodePointRange&) const = default;
};

class CharSet {
public:
    CharSet() = default;
    static CharSet single(char32_t c);
    static CharSet range(char32_t first, char32_t last);

    // Mutators append and leave the set unnormalized; readers normalize on demand.
    void add(char32_t c) { add_range(c, c); }
    void add_range(char32_t first, char32_t last);
    void add_set(const CharSet& other);

    bool contains(char32_t c) const;
    bool empty() const;
    // Number of code points in the set.
    std::uint64_t size() const;
    // The only member, if the set has exactly one.
    bool is_single(char32_t* out) const;
    const std::vector<CodePointRange>& ranges() const;

    CharSet complemented(char32_t max = kMaxCodePoint) const;
    CharSet intersected(const CharSet& other) const;
    CharSet subtracted(const CharSet& other) const;

    bool operator==(const CharSet& other) const { return ranges() == other.ranges(); }

private:
    void normalize() const;

    mutable std::vector<CodePointRange> ranges_;
    mutable bool normalized_ = true;
};

// The contents of a character class with the "v" flag: single code points plus strings of zero or two
// or more code points (single-code-point strings are kept in `chars`).
struct ClassContents {
    CharSet chars;
    std::vector<std::u32string> strings; // sorted, unique

    void add_string(std::u32string s);
    void add(const ClassContents& other);
    void intersect(const ClassContents& other);
    void subtract(const ClassContents& other);
    bool has_strings() const { return !strings.empty(); }
};

} // namespace yjs::regexp
