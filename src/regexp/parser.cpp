#include "regexp/parser.h"

#include "regexp/unicode.h"

#include <algorithm>

namespace yjs::regexp {

namespace {

bool is_lead(char32_t c) {
    return c >= 0xD800 && c <= 0xDBFF;
}
bool is_trail(char32_t c) {
    return c >= 0xDC00 && c <= 0xDFFF;
}
char32_t combine(char32_t lead, char32_t trail) {
    return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00);
}
bool is_decimal_digit(char16_t c) {
    return c >= '0' && c <= '9';
}
bool is_octal_digit(char16_t c) {
    return c >= '0' && c <= '7';
}
bool is_ascii_letter(char16_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int hex_value(char16_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_syntax_character(char32_t c) {
    switch (c) {
    case '^':
    case '$':
    case '\\':
    case '.':
    case '*':
    case '+':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '|':
        return true;
    default:
        return false;
    }
}

void append_utf16(std::u16string& out, char32_t c) {
    if (c < 0x10000) {
        out.push_back(static_cast<char16_t>(c));
    } else {
        out.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
        out.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    }
}

// Compares two non-empty decimal digit strings by numeric value.
int compare_decimal(std::u16string_view a, std::u16string_view b) {
    auto strip = [](std::u16string_view s) {
        while (s.size() > 1 && s[0] == '0')
            s.remove_prefix(1);
        return s;
    };
    a = strip(a);
    b = strip(b);
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

std::uint32_t decimal_value(std::u16string_view digits) {
    std::uint64_t value = 0;
    for (char16_t d : digits) {
        value = value * 10 + (d - '0');
        if (value >= kInfinity - 1) return kInfinity - 1;
    }
    return static_cast<std::uint32_t>(value);
}

} // namespace

Parser::Parser(std::u16string_view pattern, Flags flags, Ast& ast)
    : src_(pattern), flags_(flags), ast_(ast), unicode_mode_(flags.either_unicode()),
      sets_mode_(flags.unicode_sets), ignore_case_(flags.ignore_case), multiline_(flags.multiline),
      dot_all_(flags.dot_all) {}

char32_t Parser::next_char() {
    char32_t c = src_[pos_++];
    if (unicode_mode_ && is_lead(c) && pos_ < src_.size() && is_trail(src_[pos_])) {
        c = combine(c, src_[pos_]);
        ++pos_;
    }
    return c;
}

bool Parser::fail_at(std::string message, std::size_t offset) {
    if (!error_) error_ = CompileError{std::move(message), static_cast<std::uint32_t>(offset)};
    return false;
}

Node Parser::make_node(NodeKind kind) const {
    Node node;
    node.kind = kind;
    node.ignore_case = ignore_case_;
    node.multiline = multiline_;
    node.dot_all = dot_all_;
    return node;
}

std::uint32_t Parser::add_node(Node node) {
    ast_.nodes.push_back(std::move(node));
    return static_cast<std::uint32_t>(ast_.nodes.size() - 1);
}

std::uint32_t Parser::add_class_node(ClassData data) {
    ast_.classes.push_back(std::move(data));
    Node node = make_node(NodeKind::Class);
    node.value = static_cast<std::uint32_t>(ast_.classes.size() - 1);
    return add_node(std::move(node));
}

// Counts the capturing groups and detects group names before parsing: Annex B decides between a
// backreference and an octal escape by the total count, and enables \k<name> only when the pattern has
// named groups. Skipping escapes and class contents makes the count exact for every valid pattern.
void Parser::prescan() {
    bool has_named = false;
    int class_depth = 0;
    for (std::size_t i = 0; i < src_.size(); ++i) {
        char16_t c = src_[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (class_depth > 0) {
            if (c == ']')
                --class_depth;
            else if (c == '[' && sets_mode_)
                ++class_depth;
            continue;
        }
        if (c == '[') {
            class_depth = 1;
        } else if (c == '(') {
            if (i + 1 < src_.size() && src_[i + 1] == '?') {
                if (i + 3 < src_.size() && src_[i + 2] == '<' && src_[i + 3] != '=' && src_[i + 3] != '!') {
                    ++total_captures_;
                    has_named = true;
                }
            } else {
                ++total_captures_;
            }
        }
    }
    named_groups_ = unicode_mode_ || has_named;
}

std::optional<CompileError> Parser::parse() {
    if (flags_.unicode && flags_.unicode_sets) {
        fail_at("Invalid regular expression flags", 0);
        return error_;
    }
    prescan();
    Frame root;
    root.kind = GroupKind::Root;
    root.disjunction_id = next_disjunction_id_++;
    frames_.push_back(std::move(root));

    while (!at_end()) {
        bool ok = true;
        switch (unit()) {
        case '|':
            ++pos_;
            finish_alternative(frames_.back());
            break;
        case '(':
            ok = open_group();
            break;
        case ')':
            ok = frames_.size() == 1 ? fail("Unmatched ')'") : close_group();
            break;
        case '^':
            ++pos_;
            ok = add_atom(add_node(make_node(NodeKind::AssertStart)), false);
            break;
        case '$':
            ++pos_;
            ok = add_atom(add_node(make_node(NodeKind::AssertEnd)), false);
            break;
        case '\\':
            ok = parse_atom_escape();
            break;
        case '[':
            ok = parse_class();
            break;
        case '.':
            ++pos_;
            ok = add_atom(add_node(make_node(NodeKind::Dot)), true);
            break;
        case '*':
        case '+':
        case '?':
            ok = fail("Nothing to repeat");
            break;
        case '{': {
            if (unicode_mode_) {
                ok = fail("Lone quantifier brackets");
                break;
            }
            // Annex B: `{` is a literal unless it forms a braced quantifier (InvalidBracedQuantifier).
            std::size_t start = pos_;
            std::uint32_t min, max;
            bool out_of_order;
            if (parse_braced_quantifier(min, max, out_of_order)) {
                ok = fail_at("Nothing to repeat", start);
                break;
            }
            pos_ = start + 1;
            Node node = make_node(NodeKind::Char);
            node.value = '{';
            ok = add_atom(add_node(std::move(node)), true);
            break;
        }
        case '}':
        case ']':
            if (unicode_mode_) {
                ok = fail("Lone quantifier brackets");
                break;
            }
            [[fallthrough]];
        default: {
            Node node = make_node(NodeKind::Char);
            node.value = next_char();
            ok = add_atom(add_node(std::move(node)), true);
            break;
        }
        }
        if (!ok) return error_;
    }
    if (frames_.size() > 1) {
        fail_at("Unterminated group", frames_.back().open_offset);
        return error_;
    }
    ast_.root = finish_alternatives(frames_.back());

    for (const PendingNamedReference& reference : named_references_) {
        std::vector<std::uint32_t> groups;
        for (const GroupNameRecord& record : names_)
            if (record.name == reference.name) groups.push_back(record.group);
        if (groups.empty()) {
            fail_at("Invalid named capture referenced", reference.offset);
            return error_;
        }
        std::sort(groups.begin(), groups.end());
        ast_.nodes[reference.node].children = std::move(groups);
    }
    ast_.capture_name_index.assign(ast_.capture_count + 1, -1);
    for (const GroupNameRecord& record : names_) {
        auto it = std::find_if(ast_.named_groups.begin(), ast_.named_groups.end(),
                               [&](const NamedGroup& group) { return group.name == record.name; });
        if (it == ast_.named_groups.end()) {
            ast_.named_groups.push_back(NamedGroup{record.name, {}});
            it = ast_.named_groups.end() - 1;
        }
        it->indices.push_back(record.group);
        ast_.capture_name_index[record.group] = static_cast<std::int32_t>(it - ast_.named_groups.begin());
    }
    for (NamedGroup& group : ast_.named_groups)
        std::sort(group.indices.begin(), group.indices.end());
    return std::nullopt;
}

void Parser::finish_alternative(Frame& frame) {
    std::uint32_t node;
    if (frame.terms.empty()) {
        node = add_node(make_node(NodeKind::Empty));
    } else if (frame.terms.size() == 1) {
        node = frame.terms[0];
    } else {
        Node sequence = make_node(NodeKind::Sequence);
        sequence.children = std::move(frame.terms);
        node = add_node(std::move(sequence));
    }
    frame.terms.clear();
    frame.alternatives.push_back(node);
}

std::uint32_t Parser::finish_alternatives(Frame& frame) {
    finish_alternative(frame);
    if (frame.alternatives.size() == 1) return frame.alternatives[0];
    Node alternation = make_node(NodeKind::Alternation);
    alternation.children = std::move(frame.alternatives);
    return add_node(std::move(alternation));
}

bool Parser::add_atom(std::uint32_t node, bool quantifiable) {
    if (quantifiable) {
        bool found;
        std::uint32_t min = 0, max = 0;
        bool greedy = true;
        if (!parse_quantifier(found, min, max, greedy)) return false;
        if (found) {
            Node quantifier = make_node(NodeKind::Quantifier);
            quantifier.min = min;
            quantifier.max = max;
            quantifier.greedy = greedy;
            quantifier.children.push_back(node);
            node = add_node(std::move(quantifier));
        }
    }
    frames_.back().terms.push_back(node);
    return true;
}

// Parses `{n}`, `{n,}` or `{n,m}` at pos_ (which is at `{`). Returns false, consuming nothing, if the text
// is not of that form.
bool Parser::parse_braced_quantifier(std::uint32_t& min, std::uint32_t& max, bool& out_of_order) {
    std::size_t start = pos_;
    std::size_t i = pos_ + 1;
    auto digits = [&]() {
        std::size_t begin = i;
        while (i < src_.size() && is_decimal_digit(src_[i]))
            ++i;
        return src_.substr(begin, i - begin);
    };
    std::u16string_view low = digits();
    if (low.empty()) return false;
    std::u16string_view high = low;
    bool unbounded = false;
    if (i < src_.size() && src_[i] == ',') {
        ++i;
        high = digits();
        unbounded = high.empty();
    }
    if (i >= src_.size() || src_[i] != '}') {
        pos_ = start;
        return false;
    }
    pos_ = i + 1;
    min = decimal_value(low);
    max = unbounded ? kInfinity : decimal_value(high);
    out_of_order = !unbounded && compare_decimal(low, high) > 0;
    return true;
}

bool Parser::parse_quantifier(bool& found, std::uint32_t& min, std::uint32_t& max, bool& greedy) {
    found = false;
    if (at_end()) return true;
    std::size_t start = pos_;
    switch (unit()) {
    case '*':
        min = 0;
        max = kInfinity;
        ++pos_;
        break;
    case '+':
        min = 1;
        max = kInfinity;
        ++pos_;
        break;
    case '?':
        min = 0;
        max = 1;
        ++pos_;
        break;
    case '{': {
        bool out_of_order = false;
        if (!parse_braced_quantifier(min, max, out_of_order)) {
            if (unicode_mode_) return fail("Incomplete quantifier");
            return true;
        }
        if (out_of_order) return fail_at("numbers out of order in {} quantifier", start);
        break;
    }
    default:
        return true;
    }
    found = true;
    greedy = true;
    if (looking_at('?')) {
        ++pos_;
        greedy = false;
    }
    return true;
}

bool Parser::open_group() {
    Frame frame;
    frame.open_offset = static_cast<std::uint32_t>(pos_);
    frame.saved_ignore_case = ignore_case_;
    frame.saved_multiline = multiline_;
    frame.saved_dot_all = dot_all_;
    frame.disjunction_id = next_disjunction_id_++;
    ++pos_;
    if (!looking_at('?')) {
        frame.kind = GroupKind::Capture;
        frame.capture_index = ++ast_.capture_count;
        frames_.push_back(std::move(frame));
        return true;
    }
    switch (unit(1)) {
    case ':':
        frame.kind = GroupKind::NonCapture;
        pos_ += 2;
        break;
    case '=':
        frame.kind = GroupKind::Lookahead;
        pos_ += 2;
        break;
    case '!':
        frame.kind = GroupKind::NegativeLookahead;
        pos_ += 2;
        break;
    case '<':
        if (looking_at('=', 2) || looking_at('!', 2)) {
            frame.kind = unit(2) == '=' ? GroupKind::Lookbehind : GroupKind::NegativeLookbehind;
            pos_ += 3;
            break;
        }
        {
            std::size_t name_offset = pos_ + 2;
            pos_ += 2;
            std::u16string name;
            if (!parse_group_name(name)) return false;
            if (!check_duplicate_name(name, name_offset)) return false;
            frame.kind = GroupKind::Capture;
            frame.capture_index = ++ast_.capture_count;
            GroupNameRecord record{std::move(name), frame.capture_index, {}};
            for (const Frame& open : frames_)
                record.path.emplace_back(open.disjunction_id,
                                         static_cast<std::uint32_t>(open.alternatives.size()));
            names_.push_back(std::move(record));
        }
        break;
    case 'i':
    case 'm':
    case 's':
    case '-':
        ++pos_;
        if (!parse_modifiers(frame)) return false;
        break;
    default:
        return fail("Invalid group");
    }
    frames_.push_back(std::move(frame));
    return true;
}

// Parses the modifiers of `(?ims-ims:` with pos_ after `(?`, and applies them for the group's body.
bool Parser::parse_modifiers(Frame& frame) {
    std::size_t start = pos_;
    auto read = [&](std::u16string& out) {
        while (looking_at('i') || looking_at('m') || looking_at('s')) {
            if (out.find(unit()) != std::u16string::npos) return fail("Repeated flag in modifiers");
            out.push_back(unit());
            ++pos_;
        }
        return true;
    };
    std::u16string add, remove;
    if (!read(add)) return false;
    bool has_dash = looking_at('-');
    if (has_dash) {
        ++pos_;
        if (!read(remove)) return false;
    }
    if (!looking_at(':')) return fail("Invalid group");
    if (has_dash && add.empty() && remove.empty()) return fail_at("Invalid group", start);
    for (char16_t c : remove)
        if (add.find(c) != std::u16string::npos) return fail_at("Repeated flag in modifiers", start);
    ++pos_;
    frame.kind = GroupKind::NonCapture;
    auto apply = [&](const std::u16string& letters, bool value) {
        for (char16_t c : letters) {
            if (c == 'i') ignore_case_ = value;
            if (c == 'm') multiline_ = value;
            if (c == 's') dot_all_ = value;
        }
    };
    apply(add, true);
    apply(remove, false);
    return true;
}

// A name may label several groups only if no two of them can participate in one match, i.e. for every
// pair some disjunction holds them in different alternatives (MightBothParticipate).
bool Parser::check_duplicate_name(const std::u16string& name, std::size_t offset) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> path;
    for (const Frame& open : frames_)
        path.emplace_back(open.disjunction_id, static_cast<std::uint32_t>(open.alternatives.size()));
    for (const GroupNameRecord& record : names_) {
        if (record.name != name) continue;
        bool exclusive = false;
        std::size_t depth = std::min(path.size(), record.path.size());
        for (std::size_t i = 0; i < depth; ++i) {
            if (path[i].first != record.path[i].first) break;
            if (path[i].second != record.path[i].second) {
                exclusive = true;
                break;
            }
        }
        if (!exclusive) return fail_at("Duplicate capture group name", offset);
    }
    return true;
}

bool Parser::close_group() {
    ++pos_;
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    std::uint32_t body = finish_alternatives(frame);
    ignore_case_ = frame.saved_ignore_case;
    multiline_ = frame.saved_multiline;
    dot_all_ = frame.saved_dot_all;
    switch (frame.kind) {
    case GroupKind::Capture: {
        Node group = make_node(NodeKind::Group);
        group.value = frame.capture_index;
        group.children.push_back(body);
        return add_atom(add_node(std::move(group)), true);
    }
    case GroupKind::NonCapture:
        return add_atom(body, true);
    default: {
        Node look = make_node(NodeKind::Lookaround);
        look.behind = frame.kind == GroupKind::Lookbehind || frame.kind == GroupKind::NegativeLookbehind;
        look.negative =
            frame.kind == GroupKind::NegativeLookahead || frame.kind == GroupKind::NegativeLookbehind;
        look.children.push_back(body);
        // Annex B: without "u"/"v", lookaheads (only) may be quantified.
        bool quantifiable = !unicode_mode_ && !look.behind;
        return add_atom(add_node(std::move(look)), quantifiable);
    }
    }
}

// Parses a GroupName's identifier and the closing `>`, with pos_ after `<`.
bool Parser::parse_group_name(std::u16string& name) {
    bool first = true;
    while (true) {
        if (at_end()) return fail("Invalid capture group name");
        if (unit() == '>') {
            if (first) return fail("Invalid capture group name");
            ++pos_;
            return true;
        }
        char32_t c;
        if (!parse_group_name_char(first, c)) return false;
        append_utf16(name, c);
        first = false;
    }
}

bool Parser::parse_group_name_char(bool first, char32_t& c) {
    std::size_t start = pos_;
    if (unit() == '\\') {
        ++pos_;
        // RegExpIdentifierStart/Part use RegExpUnicodeEscapeSequence[+UnicodeMode] in every mode.
        if (!looking_at('u') || !parse_unicode_escape(true, c))
            return fail_at("Invalid capture group name", start);
    } else {
        c = src_[pos_++];
        if (is_lead(c) && has() && is_trail(unit())) c = combine(c, src_[pos_++]);
    }
    bool valid = first ? is_identifier_start(c) : is_identifier_part(c);
    if (!valid) return fail_at("Invalid capture group name", start);
    return true;
}

bool Parser::parse_hex_digits(std::size_t count, char32_t& value) {
    if (pos_ + count > src_.size()) return false;
    char32_t result = 0;
    for (std::size_t i = 0; i < count; ++i) {
        int digit = hex_value(src_[pos_ + i]);
        if (digit < 0) return false;
        result = result * 16 + static_cast<char32_t>(digit);
    }
    pos_ += count;
    value = result;
    return true;
}

// Parses RegExpUnicodeEscapeSequence with pos_ at `u`. Restores pos_ and returns false if malformed.
bool Parser::parse_unicode_escape(bool unicode, char32_t& c) {
    std::size_t start = pos_;
    ++pos_;
    if (unicode && looking_at('{')) {
        ++pos_;
        char32_t value = 0;
        std::size_t digits = 0;
        bool too_big = false;
        while (has() && hex_value(unit()) >= 0) {
            value = value * 16 + static_cast<char32_t>(hex_value(unit()));
            if (value > kMaxCodePoint) {
                too_big = true;
                value = kMaxCodePoint + 1;
            }
            ++digits;
            ++pos_;
        }
        if (digits == 0 || too_big || !looking_at('}')) {
            pos_ = start;
            return false;
        }
        ++pos_;
        c = value;
        return true;
    }
    char32_t value;
    if (!parse_hex_digits(4, value)) {
        pos_ = start;
        return false;
    }
    if (unicode && is_lead(value) && looking_at('\\') && looking_at('u', 1)) {
        std::size_t before_trail = pos_;
        pos_ += 2;
        char32_t trail;
        if (parse_hex_digits(4, trail) && is_trail(trail))
            value = combine(value, trail);
        else
            pos_ = before_trail;
    }
    c = value;
    return true;
}

// LegacyOctalEscapeSequence with pos_ at its first digit (0-7).
bool Parser::parse_legacy_octal(char32_t& c) {
    char32_t first = unit() - '0';
    ++pos_;
    char32_t value = first;
    if (has() && is_octal_digit(unit())) {
        value = value * 8 + (unit() - '0');
        ++pos_;
        if (first <= 3 && has() && is_octal_digit(unit())) {
            value = value * 8 + (unit() - '0');
            ++pos_;
        }
    }
    c = value;
    return true;
}

// CharacterEscape (after the backslash), for escapes that are not handled specially by the caller.
bool Parser::parse_character_escape(char32_t& c, bool in_class) {
    std::size_t start = pos_;
    char16_t e = unit();
    switch (e) {
    case 'f':
        c = 0x0C;
        ++pos_;
        return true;
    case 'n':
        c = 0x0A;
        ++pos_;
        return true;
    case 'r':
        c = 0x0D;
        ++pos_;
        return true;
    case 't':
        c = 0x09;
        ++pos_;
        return true;
    case 'v':
        c = 0x0B;
        ++pos_;
        return true;
    case 'x':
        ++pos_;
        if (parse_hex_digits(2, c)) return true;
        if (unicode_mode_) return fail_at("Invalid escape", start);
        c = 'x';
        return true;
    case 'u':
        if (parse_unicode_escape(unicode_mode_, c)) return true;
        if (unicode_mode_) return fail_at("Invalid Unicode escape", start);
        c = 'u';
        ++pos_;
        return true;
    case '0':
        if (!is_decimal_digit(unit(1))) {
            c = 0;
            ++pos_;
            return true;
        }
        if (unicode_mode_) return fail_at("Invalid decimal escape", start);
        return parse_legacy_octal(c);
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        if (unicode_mode_) return fail_at(in_class ? "Invalid class escape" : "Invalid escape", start);
        return parse_legacy_octal(c);
    case '8':
    case '9':
        if (unicode_mode_) return fail_at(in_class ? "Invalid class escape" : "Invalid escape", start);
        c = e;
        ++pos_;
        return true;
    default:
        break;
    }
    if (unicode_mode_) {
        char32_t ch = next_char();
        if (is_syntax_character(ch) || ch == '/' || (in_class && ch == '-')) {
            c = ch;
            return true;
        }
        return fail_at(in_class ? "Invalid class escape" : "Invalid escape", start);
    }
    if (e == 'k' && named_groups_) return fail_at("Invalid escape", start);
    c = next_char();
    return true;
}

bool Parser::is_class_escape_letter(char16_t c) const {
    return c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W';
}

ClassContents Parser::complement(const ClassContents& set) const {
    ClassContents result;
    if (sets_mode_ && ignore_case_)
        result.chars = simply_folded_characters().subtracted(set.chars);
    else
        result.chars = set.chars.complemented();
    return result;
}

ClassContents Parser::class_escape_set(char16_t letter) const {
    ClassContents contents;
    switch (letter) {
    case 'd':
    case 'D':
        contents.chars = digit_characters();
        break;
    case 's':
    case 'S':
        contents.chars = white_space_characters();
        break;
    default:
        contents.chars = fold_if_sets(word_characters(ignore_case_ && unicode_mode_));
        break;
    }
    if (letter == 'D' || letter == 'S' || letter == 'W') return complement(contents);
    return contents;
}

// Parses `{name}` or `{name=value}` after \p or \P.
bool Parser::parse_property_escape(bool negated, bool in_class, ClassContents& out, bool& has_strings) {
    std::size_t start = pos_ - 2;
    const char* message = in_class ? "Invalid property name in character class" : "Invalid property name";
    if (!looking_at('{')) return fail_at(message, start);
    ++pos_;
    auto token = [&](bool allow_digits) {
        std::string text;
        while (has()) {
            char16_t c = unit();
            if (!(is_ascii_letter(c) || c == '_' || (allow_digits && is_decimal_digit(c)))) break;
            text.push_back(static_cast<char>(c));
            ++pos_;
        }
        return text;
    };
    std::string name = token(true);
    std::string value;
    if (looking_at('=')) {
        ++pos_;
        value = token(true);
        bool name_has_digit =
            std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (name.empty() || value.empty() || name_has_digit) return fail_at(message, start);
    }
    if (name.empty() || !looking_at('}')) return fail_at(message, start);
    ++pos_;
    PropertyLookup lookup = lookup_property(name, value, sets_mode_ && !negated, sets_mode_ && ignore_case_);
    if (lookup.result != PropertyResult::Ok) return fail_at(message, start);
    has_strings = lookup.contents->has_strings();
    out = negated ? complement(*lookup.contents) : *lookup.contents;
    return true;
}

bool Parser::parse_atom_escape() {
    std::size_t start = pos_;
    ++pos_;
    if (at_end()) return fail_at("\\ at end of pattern", start);
    char16_t c = unit();
    switch (c) {
    case 'b':
    case 'B': {
        ++pos_;
        Node node = make_node(NodeKind::WordBoundary);
        node.negative = c == 'B';
        return add_atom(add_node(std::move(node)), false);
    }
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': {
        std::size_t digits_start = pos_;
        while (has() && is_decimal_digit(unit()))
            ++pos_;
        std::uint32_t n = decimal_value(src_.substr(digits_start, pos_ - digits_start));
        if (unicode_mode_ || n <= total_captures_) {
            if (n > total_captures_) return fail_at("Invalid escape", start);
            Node node = make_node(NodeKind::Backreference);
            node.children.push_back(n);
            return add_atom(add_node(std::move(node)), true);
        }
        // Annex B: not a backreference; a legacy octal escape or an identity escape of 8 or 9.
        pos_ = digits_start;
        char32_t value;
        if (c >= '8') {
            value = c;
            ++pos_;
        } else {
            parse_legacy_octal(value);
        }
        Node node = make_node(NodeKind::Char);
        node.value = value;
        return add_atom(add_node(std::move(node)), true);
    }
    case 'k':
        if (named_groups_) {
            ++pos_;
            if (!looking_at('<')) return fail_at("Invalid named reference", start);
            ++pos_;
            std::u16string name;
            if (!parse_group_name(name)) return false;
            Node node = make_node(NodeKind::Backreference);
            std::uint32_t index = add_node(std::move(node));
            named_references_.push_back({index, std::move(name), static_cast<std::uint32_t>(start)});
            return add_atom(index, true);
        }
        break;
    case 'p':
    case 'P':
        if (unicode_mode_) {
            ++pos_;
            ClassData data;
            bool has_strings = false;
            if (!parse_property_escape(c == 'P', false, data.contents, has_strings)) return false;
            return add_atom(add_class_node(std::move(data)), true);
        }
        break;
    case 'c':
        if (is_ascii_letter(unit(1))) {
            Node node = make_node(NodeKind::Char);
            node.value = unit(1) % 32;
            pos_ += 2;
            return add_atom(add_node(std::move(node)), true);
        }
        if (unicode_mode_) return fail_at("Invalid unicode escape", start);
        {
            // Annex B: `\` [lookahead = c] is a literal backslash; the `c` is parsed next.
            Node node = make_node(NodeKind::Char);
            node.value = '\\';
            return add_atom(add_node(std::move(node)), true);
        }
    default:
        if (is_class_escape_letter(c)) {
            ++pos_;
            ClassData data;
            data.contents = class_escape_set(c);
            return add_atom(add_class_node(std::move(data)), true);
        }
        break;
    }
    char32_t value;
    if (!parse_character_escape(value, false)) return false;
    Node node = make_node(NodeKind::Char);
    node.value = value;
    return add_atom(add_node(std::move(node)), true);
}

std::optional<CompileError> parse_pattern(std::u16string_view pattern, Flags flags, Ast& ast) {
    return Parser(pattern, flags, ast).parse();
}

} // namespace yjs::regexp
