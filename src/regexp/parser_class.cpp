// Character class parsing: ClassContents without "v" (NonemptyClassRanges with the Annex B rules) and
// ClassSetExpression with "v" (nested classes, `--`, `&&`, \q{...}).
#include "regexp/parser.h"

#include "regexp/unicode.h"

namespace yjs::regexp {

namespace {

bool is_ascii_letter(char16_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_decimal_digit(char16_t c) {
    return c >= '0' && c <= '9';
}

bool is_class_set_syntax_character(char16_t c) {
    switch (c) {
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '-':
    case '\\':
    case '|':
        return true;
    default:
        return false;
    }
}

bool is_class_set_reserved_punctuator(char16_t c) {
    switch (c) {
    case '&':
    case '-':
    case '!':
    case '#':
    case '%':
    case ',':
    case ':':
    case ';':
    case '<':
    case '=':
    case '>':
    case '@':
    case '`':
    case '~':
        return true;
    default:
        return false;
    }
}

// The characters c for which "cc" is a ClassSetReservedDoublePunctuator.
bool is_double_punctuator_character(char16_t c) {
    switch (c) {
    case '&':
    case '!':
    case '#':
    case '$':
    case '%':
    case '*':
    case '+':
    case ',':
    case '.':
    case ':':
    case ';':
    case '<':
    case '=':
    case '>':
    case '?':
    case '@':
    case '^':
    case '`':
    case '~':
        return true;
    default:
        return false;
    }
}

} // namespace

char32_t Parser::fold_if_sets(char32_t c) const {
    return sets_mode_ && ignore_case_ ? Canonicalize(c, true) : c;
}

CharSet Parser::fold_if_sets(const CharSet& set) const {
    return sets_mode_ && ignore_case_ ? simple_case_fold(set) : set;
}

bool Parser::parse_class() {
    ++pos_;
    ClassData data;
    bool ok;
    if (sets_mode_) {
        ok = parse_class_set_expression(data);
    } else {
        if (looking_at('^')) {
            data.negated = true;
            ++pos_;
        }
        ok = parse_class_ranges(data);
    }
    if (!ok) return false;
    return add_atom(add_class_node(std::move(data)), true);
}

bool Parser::parse_class_ranges(ClassData& data) {
    std::size_t start = pos_ - 1;
    CharSet& chars = data.contents.chars;
    while (true) {
        if (at_end()) return fail_at("Unterminated character class", start);
        if (unit() == ']') {
            ++pos_;
            return true;
        }
        ClassAtom first;
        if (!parse_class_atom(first)) return false;
        if (!(looking_at('-') && has(1) && unit(1) != ']')) {
            if (first.is_class)
                chars.add_set(first.set);
            else
                chars.add(first.ch);
            continue;
        }
        std::size_t dash = pos_;
        ++pos_;
        ClassAtom second;
        if (!parse_class_atom(second)) return false;
        if (first.is_class || second.is_class) {
            if (unicode_mode_) return fail_at("Invalid character class", dash);
            // Annex B CharacterRangeOrUnion: the atoms and the `-` are a union.
            for (const ClassAtom* atom : {&first, &second}) {
                if (atom->is_class)
                    chars.add_set(atom->set);
                else
                    chars.add(atom->ch);
            }
            chars.add('-');
            continue;
        }
        if (first.ch > second.ch) return fail_at("Range out of order in character class", dash);
        chars.add_range(first.ch, second.ch);
    }
}

bool Parser::parse_class_atom(ClassAtom& atom) {
    if (at_end()) return fail("Unterminated character class");
    if (unit() != '\\') {
        atom.ch = next_char();
        return true;
    }
    std::size_t start = pos_;
    ++pos_;
    if (at_end()) return fail_at("\\ at end of pattern", start);
    char16_t c = unit();
    switch (c) {
    case 'b':
        atom.ch = 0x08;
        ++pos_;
        return true;
    case '-':
        atom.ch = '-';
        ++pos_;
        return true;
    case 'c': {
        char16_t next = unit(1);
        if (has(1) &&
            (is_ascii_letter(next) || (!unicode_mode_ && (is_decimal_digit(next) || next == '_')))) {
            atom.ch = next % 32;
            pos_ += 2;
            return true;
        }
        if (unicode_mode_) return fail_at("Invalid class escape", start);
        // Annex B: `\` [lookahead = c] is a backslash; the `c` is the next atom.
        atom.ch = '\\';
        return true;
    }
    case 'p':
    case 'P':
        if (unicode_mode_) {
            ++pos_;
            ClassContents contents;
            bool has_strings = false;
            if (!parse_property_escape(c == 'P', true, contents, has_strings)) return false;
            atom.is_class = true;
            atom.set = std::move(contents.chars);
            return true;
        }
        break;
    default:
        if (is_class_escape_letter(c)) {
            ++pos_;
            atom.is_class = true;
            atom.set = class_escape_set(c).chars;
            return true;
        }
        break;
    }
    return parse_character_escape(atom.ch, true);
}

// ClassSetCharacter that is not an escape.
bool Parser::parse_class_set_character(char32_t& c) {
    if (at_end()) return fail("Unterminated character class");
    char16_t u = unit();
    if (is_class_set_syntax_character(u)) return fail("Invalid character in character class");
    if (is_double_punctuator_character(u) && looking_at(u, 1))
        return fail("Invalid set operation in character class");
    c = next_char();
    return true;
}

// An escape in operand position, with pos_ at the backslash: either a class (\d, \p{..}, \q{..}) delivered
// in `operand`, or a ClassSetCharacter delivered in `c` with is_character set.
bool Parser::parse_class_set_operand_escape(SetOperand& operand, bool& is_character, char32_t& c) {
    std::size_t start = pos_;
    ++pos_;
    if (at_end()) return fail_at("\\ at end of pattern", start);
    char16_t e = unit();
    is_character = false;
    if (e == 'q') {
        if (!looking_at('{', 1)) return fail_at("Invalid escape", start);
        pos_ += 2;
        return parse_class_string_disjunction(operand);
    }
    if (is_class_escape_letter(e)) {
        ++pos_;
        operand.contents = class_escape_set(e);
        return true;
    }
    if (e == 'p' || e == 'P') {
        ++pos_;
        return parse_property_escape(e == 'P', true, operand.contents, operand.may_contain_strings);
    }
    is_character = true;
    if (e == 'b') {
        c = 0x08;
        ++pos_;
        return true;
    }
    if (is_class_set_reserved_punctuator(e)) {
        c = e;
        ++pos_;
        return true;
    }
    if (e == 'c') {
        if (!is_ascii_letter(unit(1)) || !has(1)) return fail_at("Invalid class escape", start);
        c = unit(1) % 32;
        pos_ += 2;
        return true;
    }
    return parse_character_escape(c, true);
}

// ClassStringDisjunction contents, with pos_ after `\q{`.
bool Parser::parse_class_string_disjunction(SetOperand& operand) {
    std::u32string current;
    auto finish = [&]() {
        if (current.size() != 1) operand.may_contain_strings = true;
        operand.contents.add_string(sets_mode_ && ignore_case_ ? simple_case_fold(current) : current);
        current.clear();
    };
    while (true) {
        if (at_end()) return fail("Unterminated character class");
        char16_t u = unit();
        if (u == '}') {
            ++pos_;
            finish();
            return true;
        }
        if (u == '|') {
            ++pos_;
            finish();
            continue;
        }
        char32_t c;
        if (u == '\\') {
            SetOperand ignored;
            bool is_character = false;
            std::size_t start = pos_;
            if (!parse_class_set_operand_escape(ignored, is_character, c)) return false;
            if (!is_character) return fail_at("Invalid escape", start);
        } else if (!parse_class_set_character(c)) {
            return false;
        }
        current.push_back(c);
    }
}

bool Parser::parse_class_set_expression(ClassData& data) {
    enum class Operator : std::uint8_t { None, Union, Intersection, Subtraction };
    struct SetFrame {
        bool negated = false;
        Operator op = Operator::None;
        bool expect_operand = true; // at the start, or after `&&` / `--`
        bool empty = true;          // no operand yet
        std::size_t open_offset = 0;
        SetOperand value;
    };
    auto deliver = [](SetFrame& frame, SetOperand operand) {
        if (frame.empty) {
            frame.value = std::move(operand);
        } else {
            switch (frame.op) {
            case Operator::Intersection:
                frame.value.contents.intersect(operand.contents);
                frame.value.may_contain_strings =
                    frame.value.may_contain_strings && operand.may_contain_strings;
                break;
            case Operator::Subtraction:
                frame.value.contents.subtract(operand.contents);
                break;
            default:
                frame.value.contents.add(operand.contents);
                frame.value.may_contain_strings =
                    frame.value.may_contain_strings || operand.may_contain_strings;
                break;
            }
        }
        frame.empty = false;
        frame.expect_operand = false;
    };
    std::vector<SetFrame> frames;
    auto open = [&](std::size_t offset) {
        SetFrame frame;
        frame.open_offset = offset;
        if (looking_at('^')) {
            frame.negated = true;
            ++pos_;
        }
        frames.push_back(std::move(frame));
    };
    open(pos_ - 1);

    while (true) {
        SetFrame& frame = frames.back();
        if (at_end()) return fail_at("Unterminated character class", frames.front().open_offset);
        char16_t c = unit();
        if (c == ']') {
            if (frame.expect_operand && !frame.empty) return fail("Invalid set operation in character class");
            ++pos_;
            SetOperand result = std::move(frame.value);
            if (frame.negated) {
                if (result.may_contain_strings)
                    return fail_at("Negated character class may contain strings", frame.open_offset);
                result.contents = complement(result.contents);
            }
            frames.pop_back();
            if (frames.empty()) {
                data.contents = std::move(result.contents);
                return true;
            }
            deliver(frames.back(), std::move(result));
            continue;
        }
        bool is_and = c == '&' && looking_at('&', 1);
        bool is_minus = c == '-' && looking_at('-', 1);
        if (is_and || is_minus) {
            Operator op = is_and ? Operator::Intersection : Operator::Subtraction;
            if (frame.expect_operand || (frame.op != Operator::None && frame.op != op))
                return fail("Invalid set operation in character class");
            frame.op = op;
            pos_ += 2;
            if (is_and && looking_at('&')) return fail("Invalid character in character class");
            frame.expect_operand = true;
            continue;
        }
        if (!frame.expect_operand) {
            if (frame.op == Operator::Intersection || frame.op == Operator::Subtraction)
                return fail("Invalid set operation in character class");
            frame.op = Operator::Union;
        }
        if (c == '[') {
            ++pos_;
            open(pos_ - 1);
            continue;
        }
        SetOperand operand;
        char32_t ch = 0;
        if (c == '\\') {
            bool is_character = false;
            if (!parse_class_set_operand_escape(operand, is_character, ch)) return false;
            if (!is_character) {
                deliver(frame, std::move(operand));
                continue;
            }
        } else if (!parse_class_set_character(ch)) {
            return false;
        }
        if (looking_at('-') && !looking_at('-', 1)) {
            if (frame.op == Operator::Intersection || frame.op == Operator::Subtraction)
                return fail("Invalid set operation in character class");
            std::size_t dash = pos_;
            ++pos_;
            char32_t last = 0;
            if (looking_at('\\')) {
                bool is_character = false;
                SetOperand ignored;
                if (!parse_class_set_operand_escape(ignored, is_character, last)) return false;
                if (!is_character) return fail_at("Invalid character class", dash);
            } else if (!parse_class_set_character(last)) {
                return false;
            }
            if (ch > last) return fail_at("Range out of order in character class", dash);
            frame.op = Operator::Union;
            operand.contents.chars = fold_if_sets(CharSet::range(ch, last));
        } else {
            operand.contents.chars = CharSet::single(fold_if_sets(ch));
        }
        deliver(frame, std::move(operand));
    }
}

} // namespace yjs::regexp
