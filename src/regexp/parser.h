#pragma once
// Pattern parser (internal). Iterative: open groups and nested "v"-mode classes are kept on explicit
// stacks, so deeply nested patterns cannot exhaust the native stack.
#include "regexp/ast.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yjs::regexp {

class Parser {
public:
    Parser(std::u16string_view pattern, Flags flags, Ast& ast);
    std::optional<CompileError> parse();

private:
    enum class GroupKind : std::uint8_t {
        Root,
        Capture,
        NonCapture,
        Lookahead,
        NegativeLookahead,
        Lookbehind,
        NegativeLookbehind
    };
    struct Frame {
        GroupKind kind;
        std::uint32_t capture_index = 0;
        std::uint32_t disjunction_id = 0;
        std::uint32_t open_offset = 0;
        bool saved_ignore_case = false;
        bool saved_multiline = false;
        bool saved_dot_all = false;
        std::vector<std::uint32_t> alternatives;
        std::vector<std::uint32_t> terms;
    };
    struct GroupNameRecord {
        std::u16string name;
        std::uint32_t group;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> path; // (disjunction, alternative) from the root
    };
    struct PendingNamedReference {
        std::uint32_t node;
        std::u16string name;
        std::uint32_t offset;
    };
    // A parsed ClassAtom (without "v").
    struct ClassAtom {
        bool is_class = false;
        char32_t ch = 0;
        CharSet set;
    };
    // An operand of a "v"-mode class expression.
    struct SetOperand {
        ClassContents contents;
        bool may_contain_strings = false;
    };

    // Source access. Syntax characters are ASCII, so looking at code units is enough to recognize them.
    bool at_end() const { return pos_ >= src_.size(); }
    char16_t unit(std::size_t offset = 0) const {
        return pos_ + offset < src_.size() ? src_[pos_ + offset] : char16_t(0);
    }
    bool has(std::size_t offset = 0) const { return pos_ + offset < src_.size(); }
    bool looking_at(char16_t c, std::size_t offset = 0) const { return has(offset) && unit(offset) == c; }
    // Consumes one pattern character: a code point with "u"/"v", a code unit otherwise.
    char32_t next_char();

    bool fail(std::string message) { return fail_at(std::move(message), pos_); }
    bool fail_at(std::string message, std::size_t offset);

    std::uint32_t add_node(Node node);
    Node make_node(NodeKind kind) const;
    void prescan();

    // Disjunction structure.
    bool open_group();
    bool close_group();
    std::uint32_t finish_alternatives(Frame& frame);
    void finish_alternative(Frame& frame);
    bool add_atom(std::uint32_t node, bool quantifiable);
    // Parses a quantifier at the current position, if any: returns false on a syntax error; sets `found`.
    bool parse_quantifier(bool& found, std::uint32_t& min, std::uint32_t& max, bool& greedy);
    bool parse_braced_quantifier(std::uint32_t& min, std::uint32_t& max, bool& well_formed);
    bool parse_modifiers(Frame& frame);
    bool parse_group_name(std::u16string& name);
    bool parse_group_name_char(bool first, char32_t& c);
    bool check_duplicate_name(const std::u16string& name, std::size_t offset);

    // Escapes.
    bool parse_atom_escape();
    bool parse_character_escape(char32_t& c, bool in_class);
    bool parse_legacy_octal(char32_t& c);
    bool parse_hex_digits(std::size_t count, char32_t& value);
    bool parse_unicode_escape(bool unicode, char32_t& c);
    bool parse_property_escape(bool negated, bool in_class, ClassContents& out, bool& has_strings);
    ClassContents class_escape_set(char16_t letter) const;
    ClassContents complement(const ClassContents& set) const;
    bool is_class_escape_letter(char16_t c) const;
    std::uint32_t add_class_node(ClassData data);

    // Character classes.
    bool parse_class();
    bool parse_class_ranges(ClassData& data);
    bool parse_class_atom(ClassAtom& atom);
    bool parse_class_set_expression(ClassData& data);
    bool parse_class_set_character(char32_t& c);
    bool parse_class_set_operand_escape(SetOperand& operand, bool& is_character, char32_t& c);
    bool parse_class_string_disjunction(SetOperand& operand);
    char32_t fold_if_sets(char32_t c) const;
    CharSet fold_if_sets(const CharSet& set) const;

    std::u16string_view src_;
    std::size_t pos_ = 0;
    Flags flags_;
    Ast& ast_;
    bool unicode_mode_;
    bool sets_mode_;
    bool named_groups_ = false;
    bool ignore_case_;
    bool multiline_;
    bool dot_all_;
    std::uint32_t total_captures_ = 0;
    std::uint32_t next_disjunction_id_ = 0;
    std::vector<Frame> frames_;
    std::vector<GroupNameRecord> names_;
    std::vector<PendingNamedReference> named_references_;
    std::optional<CompileError> error_;
};

} // namespace yjs::regexp
