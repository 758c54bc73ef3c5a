#pragma once
// The parsed form of a pattern. Nodes live in one vector and refer to each other by index; a node's
// children always have smaller indices than the node itself, so a forward walk over the vector is a
// post-order traversal (no recursion is needed to analyse or destroy the tree).
#include "regexp/char_set.h"
#include "regexp/regexp.h"

#include <cstdint>
#include <string>
#include <vector>

namespace yjs::regexp {

inline constexpr std::uint32_t kInfinity = UINT32_MAX; // Quantifier max "+∞"

enum class NodeKind : std::uint8_t {
    Empty,
    Char,     // `value` is a code point (a code unit without "u"/"v")
    Class,    // `value` indexes Ast::classes
    Dot,      // `.`
    Sequence, // children matched in order (reversed when matching backward)
    Alternation,
    Group,         // capturing group; `value` is the group number, children[0] the body
    Quantifier,    // children[0] repeated `min`..`max` times
    Lookaround,    // children[0]; `behind`, `negative`
    Backreference, // children lists the candidate group numbers (several for a duplicated name)
    AssertStart,   // ^
    AssertEnd,     // $
    WordBoundary,  // \b (\B when `negative`)
};

struct Node {
    NodeKind kind = NodeKind::Empty;
    // The i/m/s flags in effect at this node (the pattern flags, changed by modifier groups).
    bool ignore_case = false;
    bool multiline = false;
    bool dot_all = false;
    bool greedy = true;    // Quantifier
    bool behind = false;   // Lookaround
    bool negative = false; // Lookaround, WordBoundary
    std::uint32_t value = 0;
    std::uint32_t min = 0;
    std::uint32_t max = 0;
    std::vector<std::uint32_t> children;
};

// A character class. Without "v" `negated` inverts the match; with "v" complements are already applied
// and `contents` may hold strings. Case folding for "i" is applied by the compiler.
struct ClassData {
    ClassContents contents;
    bool negated = false;
};

struct Ast {
    std::vector<Node> nodes;
    std::vector<ClassData> classes;
    std::uint32_t root = 0;
    std::uint32_t capture_count = 0;
    std::vector<NamedGroup> named_groups;
    std::vector<std::int32_t>
        capture_name_index; // per group number (index 0 unused): into named_groups or -1
};

// Parses `pattern` under `flags`; on failure returns the error and leaves `ast` unspecified.
std::optional<CompileError> parse_pattern(std::u16string_view pattern, Flags flags, Ast& ast);

} // namespace yjs::regexp
