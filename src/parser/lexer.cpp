#include "parser/lexer.h"

#include "parser/unicode.h"

#include <array>
#include <string>
#include <utility>

namespace yjs {

namespace {

struct Keyword {
    std::u16string_view text;
    TokenType type;
};

constexpr std::array kKeywords = {
    Keyword{u"break", TokenType::Break},
    Keyword{u"case", TokenType::Case},
    Keyword{u"catch", TokenType::Catch},
    Keyword{u"class", TokenType::Class},
    Keyword{u"const", TokenType::Const},
    Keyword{u"continue", TokenType::Continue},
    Keyword{u"debugger", TokenType::Debugger},
    Keyword{u"default", TokenType::Default},
    Keyword{u"delete", TokenType::Delete},
    Keyword{u"do", TokenType::Do},
    Keyword{u"else", TokenType::Else},
    Keyword{u"enum", TokenType::Enum},
    Keyword{u"export", TokenType::Export},
    Keyword{u"extends", TokenType::Extends},
    Keyword{u"false", TokenType::False},
    Keyword{u"finally", TokenType::Finally},
    Keyword{u"for", TokenType::For},
    Keyword{u"function", TokenType::Function},
    Keyword{u"if", TokenType::If},
    Keyword{u"import", TokenType::Import},
    Keyword{u"in", TokenType::In},
    Keyword{u"instanceof", TokenType::InstanceOf},
    Keyword{u"new", TokenType::New},
    Keyword{u"null", TokenType::Null},
    Keyword{u"return", TokenType::Return},
    Keyword{u"super", TokenType::Super},
    Keyword{u"switch", TokenType::Switch},
    Keyword{u"this", TokenType::This},
    Keyword{u"throw", TokenType::Throw},
    Keyword{u"true", TokenType::True},
    Keyword{u"try", TokenType::Try},
    Keyword{u"typeof", TokenType::Typeof},
    Keyword{u"var", TokenType::Var},
    Keyword{u"void", TokenType::Void},
    Keyword{u"while", TokenType::While},
    Keyword{u"with", TokenType::With},
};

bool is_decimal_digit(char16_t c) {
    return c >= '0' && c <= '9';
}

int hex_value(char16_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_digit_of_radix(char16_t c, int radix) {
    int v = hex_value(c);
    return v >= 0 && v < radix;
}

void append_code_point(std::u16string& out, std::uint32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
        out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
        out.push_back(static_cast<char16_t>(cp));
    }
}

} // namespace

const char* token_type_name(TokenType type) {
    switch (type) {
    case TokenType::EndOfFile:
        return "end of input";
    case TokenType::Identifier:
        return "identifier";
    case TokenType::EscapedKeyword:
        return "escaped keyword";
    case TokenType::PrivateName:
        return "private name";
    case TokenType::NumericLiteral:
    case TokenType::BigIntLiteral:
        return "number";
    case TokenType::StringLiteral:
        return "string";
    case TokenType::Template:
        return "template";
    case TokenType::RegExpLiteral:
        return "regular expression";
    case TokenType::Invalid:
        return "invalid token";
    default:
        break;
    }
    for (const auto& keyword : kKeywords) {
        if (keyword.type == type) {
            static thread_local std::string text;
            text.assign(keyword.text.begin(), keyword.text.end());
            return text.c_str();
        }
    }
    switch (type) {
    case TokenType::LeftBrace:
        return "{";
    case TokenType::RightBrace:
        return "}";
    case TokenType::LeftParen:
        return "(";
    case TokenType::RightParen:
        return ")";
    case TokenType::LeftBracket:
        return "[";
    case TokenType::RightBracket:
        return "]";
    case TokenType::Dot:
        return ".";
    case TokenType::Ellipsis:
        return "...";
    case TokenType::Semicolon:
        return ";";
    case TokenType::Comma:
        return ",";
    case TokenType::Less:
        return "<";
    case TokenType::Greater:
        return ">";
    case TokenType::LessEqual:
        return "<=";
    case TokenType::GreaterEqual:
        return ">=";
    case TokenType::Equal:
        return "==";
    case TokenType::NotEqual:
        return "!=";
    case TokenType::StrictEqual:
        return "===";
    case TokenType::StrictNotEqual:
        return "!==";
    case TokenType::Plus:
        return "+";
    case TokenType::Minus:
        return "-";
    case TokenType::Star:
        return "*";
    case TokenType::Slash:
        return "/";
    case TokenType::Percent:
        return "%";
    case TokenType::StarStar:
        return "**";
    case TokenType::PlusPlus:
        return "++";
    case TokenType::MinusMinus:
        return "--";
    case TokenType::LeftShift:
        return "<<";
    case TokenType::SignedRightShift:
        return ">>";
    case TokenType::UnsignedRightShift:
        return ">>>";
    case TokenType::Ampersand:
        return "&";
    case TokenType::Pipe:
        return "|";
    case TokenType::Caret:
        return "^";
    case TokenType::Bang:
        return "!";
    case TokenType::Tilde:
        return "~";
    case TokenType::AmpersandAmpersand:
        return "&&";
    case TokenType::PipePipe:
        return "||";
    case TokenType::QuestionQuestion:
        return "??";
    case TokenType::Question:
        return "?";
    case TokenType::QuestionDot:
        return "?.";
    case TokenType::Colon:
        return ":";
    case TokenType::Assign:
        return "=";
    case TokenType::PlusAssign:
        return "+=";
    case TokenType::MinusAssign:
        return "-=";
    case TokenType::StarAssign:
        return "*=";
    case TokenType::SlashAssign:
        return "/=";
    case TokenType::PercentAssign:
        return "%=";
    case TokenType::StarStarAssign:
        return "**=";
    case TokenType::LeftShiftAssign:
        return "<<=";
    case TokenType::SignedRightShiftAssign:
        return ">>=";
    case TokenType::UnsignedRightShiftAssign:
        return ">>>=";
    case TokenType::AmpersandAssign:
        return "&=";
    case TokenType::PipeAssign:
        return "|=";
    case TokenType::CaretAssign:
        return "^=";
    case TokenType::AmpersandAmpersandAssign:
        return "&&=";
    case TokenType::PipePipeAssign:
        return "||=";
    case TokenType::QuestionQuestionAssign:
        return "?\?=";
    case TokenType::Arrow:
        return "=>";
    default:
        return "token";
    }
}

Lexer::Lexer(std::u16string_view source, bool is_module)
    : source_(source), allow_html_comments_(!is_module) {}

void Lexer::restore(const State& state) {
    pos_ = state.pos;
    line_ = state.line;
    line_start_ = state.line_start;
    at_line_start_ = state.at_line_start;
}

void Lexer::position_of(std::uint32_t offset, std::uint32_t& line, std::uint32_t& column) const {
    std::uint32_t l = 1;
    std::uint32_t start = 0;
    const std::uint32_t limit = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(source_.size()));
    for (std::uint32_t i = 0; i < limit; ++i) {
        char16_t c = source_[i];
        if (c == '\r' && i + 1 < limit && source_[i + 1] == '\n') continue;
        if (unicode::is_line_terminator(c)) {
            ++l;
            start = i + 1;
        }
    }
    line = l;
    column = offset - start + 1;
}

std::uint32_t Lexer::code_point_at(std::uint32_t offset, std::uint32_t& length) const {
    char16_t c = source_[offset];
    if (unicode::is_high_surrogate(c) && offset + 1 < source_.size() &&
        unicode::is_low_surrogate(source_[offset + 1])) {
        length = 2;
        return unicode::combine_surrogates(c, source_[offset + 1]);
    }
    length = 1;
    return c;
}

void Lexer::new_line(std::uint32_t after_offset) {
    ++line_;
    line_start_ = after_offset;
}

Token Lexer::make(TokenType type, std::uint32_t start) {
    Token token;
    token.type = type;
    token.start = start;
    token.end = pos_;
    return token;
}

Token Lexer::fail(std::uint32_t offset, std::string message) {
    error_ = std::move(message);
    error_offset_ = offset;
    Token token;
    token.type = TokenType::Invalid;
    token.start = offset;
    token.end = offset;
    pos_ = static_cast<std::uint32_t>(source_.size());
    return token;
}

void Lexer::skip_line_comment() {
    while (!at_end() && !unicode::is_line_terminator(peek()))
        ++pos_;
}

bool Lexer::skip_trivia(bool& newline) {
    while (!at_end()) {
        char16_t c = peek();
        if (c == '\n' || c == 0x2028 || c == 0x2029) {
            ++pos_;
            new_line(pos_);
            newline = true;
            at_line_start_ = true;
            continue;
        }
        if (c == '\r') {
            ++pos_;
            if (peek() == '\n') ++pos_;
            new_line(pos_);
            newline = true;
            at_line_start_ = true;
            continue;
        }
        if (c == ' ' || c == '\t' || (c > 0x7F && unicode::is_whitespace(c)) || c == 0x0B || c == 0x0C) {
            ++pos_;
            continue;
        }
        if (c == '/' && peek(1) == '/') {
            skip_line_comment();
            continue;
        }
        if (c == '/' && peek(1) == '*') {
            std::uint32_t start = pos_;
            pos_ += 2;
            bool closed = false;
            while (!at_end()) {
                char16_t d = peek();
                if (d == '*' && peek(1) == '/') {
                    pos_ += 2;
                    closed = true;
                    break;
                }
                ++pos_;
                if (d == '\r' && peek() == '\n') ++pos_;
                if (unicode::is_line_terminator(d)) {
                    new_line(pos_);
                    newline = true;
                    at_line_start_ = true;
                }
            }
            if (!closed) {
                fail(start, "unterminated comment");
                return false;
            }
            continue;
        }
        if (allow_html_comments_) {
            if (c == '<' && peek(1) == '!' && peek(2) == '-' && peek(3) == '-') {
                skip_line_comment();
                continue;
            }
            if (c == '-' && peek(1) == '-' && peek(2) == '>' && at_line_start_) {
                skip_line_comment();
                continue;
            }
        }
        break;
    }
    return true;
}

Token Lexer::next() {
    bool newline = false;
    if (pos_ == 0 && allow_hashbang_ && peek() == '#' && peek(1) == '!') skip_line_comment();
    if (!skip_trivia(newline)) {
        Token token = make(TokenType::Invalid, error_offset_);
        return token;
    }
    std::uint32_t start = pos_;
    std::uint32_t token_line = line_;
    std::uint32_t token_column = pos_ - line_start_ + 1;
    Token token;
    if (at_end()) {
        token = make(TokenType::EndOfFile, start);
    } else {
        char16_t c = peek();
        std::uint32_t cp_length = 1;
        std::uint32_t cp = code_point_at(pos_, cp_length);
        if (c == '\\' || unicode::is_id_start(cp)) {
            token = lex_identifier_or_keyword(start, false);
        } else if (c == '#') {
            ++pos_;
            std::uint32_t next_length = 1;
            if (at_end()) {
                token = fail(start, "invalid character '#'");
            } else {
                std::uint32_t next_cp = code_point_at(pos_, next_length);
                if (peek() == '\\' || unicode::is_id_start(next_cp))
                    token = lex_identifier_or_keyword(start, true);
                else
                    token = fail(start, "invalid character '#'");
            }
        } else if (is_decimal_digit(c) || (c == '.' && is_decimal_digit(peek(1)))) {
            token = lex_number(start);
        } else if (c == '"' || c == '\'') {
            token = lex_string(start, c);
        } else if (c == '`') {
            ++pos_;
            token = lex_template(start);
        } else {
            token = lex_punctuator(start);
        }
    }
    if (token.type != TokenType::Invalid) {
        token.line = token_line;
        token.column = token_column;
    } else {
        position_of(token.start, token.line, token.column);
    }
    token.newline_before = newline;
    at_line_start_ = false;
    return token;
}

std::optional<std::uint32_t> Lexer::read_unicode_escape() {
    // pos_ is at 'u'.
    ++pos_;
    if (peek() == '{') {
        ++pos_;
        std::uint32_t value = 0;
        bool any = false;
        while (!at_end() && peek() != '}') {
            int v = hex_value(peek());
            if (v < 0) return std::nullopt;
            value = value * 16 + static_cast<std::uint32_t>(v);
            if (value > 0x10FFFF) return std::nullopt;
            any = true;
            ++pos_;
        }
        if (!any || peek() != '}') return std::nullopt;
        ++pos_;
        return value;
    }
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        int v = hex_value(peek());
        if (v < 0) return std::nullopt;
        value = value * 16 + static_cast<std::uint32_t>(v);
        ++pos_;
    }
    return value;
}

bool Lexer::lex_identifier_part(std::u16string& out, bool first, bool& escaped, bool& ok) {
    if (at_end()) return false;
    char16_t c = peek();
    if (c == '\\') {
        std::uint32_t escape_start = pos_;
        if (peek(1) != 'u') {
            ok = false;
            fail(escape_start, "invalid escape in identifier");
            return false;
        }
        ++pos_;
        auto cp = read_unicode_escape();
        if (!cp || !(first ? unicode::is_id_start(*cp) : unicode::is_id_continue(*cp))) {
            ok = false;
            fail(escape_start, "invalid Unicode escape in identifier");
            return false;
        }
        escaped = true;
        append_code_point(out, *cp);
        return true;
    }
    std::uint32_t length = 1;
    std::uint32_t cp = code_point_at(pos_, length);
    if (!(first ? unicode::is_id_start(cp) : unicode::is_id_continue(cp))) return false;
    out.append(source_.substr(pos_, length));
    pos_ += length;
    return true;
}

Token Lexer::lex_identifier_or_keyword(std::uint32_t start, bool is_private) {
    std::u16string name;
    if (is_private) name.push_back('#');
    bool escaped = false;
    bool ok = true;
    bool first = true;
    while (lex_identifier_part(name, first, escaped, ok))
        first = false;
    if (!ok) return make(TokenType::Invalid, start);
    if (first) return fail(start, "invalid identifier");
    Token token;
    if (is_private) {
        token = make(TokenType::PrivateName, start);
    } else {
        TokenType type = TokenType::Identifier;
        for (const auto& keyword : kKeywords) {
            if (keyword.text == name) {
                type = escaped ? TokenType::EscapedKeyword : keyword.type;
                break;
            }
        }
        token = make(type, start);
    }
    token.escaped = escaped;
    token.value = std::move(name);
    return token;
}

Token Lexer::lex_number(std::uint32_t start) {
    std::u16string digits;
    int radix = 10;
    bool is_bigint = false;
    bool legacy_octal = false;
    bool is_integer = true;
    auto read_digits = [&](int digit_radix, bool allow_separators) -> bool {
        // Reads one or more digits; separators must sit between digits.
        bool any = false;
        bool last_separator = false;
        while (!at_end()) {
            char16_t c = peek();
            if (c == '_' && allow_separators) {
                if (!any || last_separator) {
                    fail(pos_, "invalid numeric separator");
                    return false;
                }
                last_separator = true;
                ++pos_;
                continue;
            }
            if (!is_digit_of_radix(c, digit_radix)) break;
            digits.push_back(c);
            any = true;
            last_separator = false;
            ++pos_;
        }
        if (last_separator) {
            fail(pos_ - 1, "invalid numeric separator");
            return false;
        }
        if (!any) {
            fail(pos_, "missing digits in numeric literal");
            return false;
        }
        return true;
    };

    char16_t c = peek();
    char16_t c1 = peek(1);
    if (c == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B')) {
        radix = (c1 == 'x' || c1 == 'X') ? 16 : (c1 == 'o' || c1 == 'O') ? 8 : 2;
        pos_ += 2;
        if (!read_digits(radix, true)) return make(TokenType::Invalid, start);
        if (peek() == 'n') {
            ++pos_;
            is_bigint = true;
        }
    } else if (c == '0' && is_decimal_digit(c1)) {
        // LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral.
        legacy_octal = true;
        ++pos_;
        bool octal = true;
        while (is_decimal_digit(peek())) {
            if (peek() >= '8') octal = false;
            digits.push_back(peek());
            ++pos_;
        }
        if (peek() == '_') return fail(pos_, "numeric separators are not allowed in legacy octal literals");
        if (octal) {
            radix = 8;
        } else {
            digits.insert(digits.begin(), '0');
            if (peek() == '.') {
                ++pos_;
                digits.push_back('.');
                while (is_decimal_digit(peek()))
                    digits.push_back(source_[pos_++]);
                is_integer = false;
            }
            if (peek() == 'e' || peek() == 'E') {
                digits.push_back('e');
                ++pos_;
                if (peek() == '+' || peek() == '-') digits.push_back(source_[pos_++]);
                if (!is_decimal_digit(peek())) return fail(pos_, "missing exponent");
                while (is_decimal_digit(peek()))
                    digits.push_back(source_[pos_++]);
                is_integer = false;
            }
        }
        if (peek() == 'n') return fail(pos_, "invalid BigInt literal");
    } else {
        if (c == '0' && c1 == '_')
            return fail(pos_ + 1, "numeric separators are not allowed after a leading 0");
        if (c != '.') {
            if (!read_digits(10, true)) return make(TokenType::Invalid, start);
        }
        if (peek() == '.') {
            ++pos_;
            is_integer = false;
            digits.push_back('.');
            if (peek() == '_') return fail(pos_, "invalid numeric separator");
            if (is_decimal_digit(peek()) && !read_digits(10, true)) return make(TokenType::Invalid, start);
        }
        if (peek() == 'e' || peek() == 'E') {
            is_integer = false;
            ++pos_;
            digits.push_back('e');
            if (peek() == '+' || peek() == '-') digits.push_back(source_[pos_++]);
            if (!read_digits(10, true)) return make(TokenType::Invalid, start);
        }
        if (peek() == 'n') {
            if (!is_integer) return fail(pos_, "invalid BigInt literal");
            if (digits.size() > 1 && digits[0] == '0') return fail(start, "invalid BigInt literal");
            ++pos_;
            is_bigint = true;
        }
    }
    if (!at_end()) {
        std::uint32_t length = 1;
        std::uint32_t cp = code_point_at(pos_, length);
        if (cp == '\\' || unicode::is_id_start(cp) || is_decimal_digit(peek()))
            return fail(pos_, "identifier starts immediately after numeric literal");
    }
    Token token = make(is_bigint ? TokenType::BigIntLiteral : TokenType::NumericLiteral, start);
    if (legacy_octal) token.legacy_octal_offset = start;
    if (is_bigint) {
        token.bigint_digits = numeric::digits_to_decimal(digits, radix);
    } else {
        token.number = numeric::digits_to_double(digits, radix);
    }
    return token;
}

Token Lexer::lex_string(std::uint32_t start, char16_t quote) {
    ++pos_;
    std::u16string value;
    std::optional<std::uint32_t> legacy_octal;
    while (true) {
        if (at_end()) return fail(start, "unterminated string literal");
        char16_t c = peek();
        if (c == quote) {
            ++pos_;
            break;
        }
        if (c == '\n' || c == '\r') return fail(start, "unterminated string literal");
        if (c != '\\') {
            value.push_back(c);
            ++pos_;
            continue;
        }
        std::uint32_t escape_start = pos_;
        ++pos_;
        if (at_end()) return fail(start, "unterminated string literal");
        char16_t e = peek();
        switch (e) {
        case '\r':
            ++pos_;
            if (peek() == '\n') ++pos_;
            new_line(pos_);
            continue;
        case '\n':
        case 0x2028:
        case 0x2029:
            ++pos_;
            new_line(pos_);
            continue;
        case 'b':
            value.push_back('\b');
            ++pos_;
            continue;
        case 't':
            value.push_back('\t');
            ++pos_;
            continue;
        case 'n':
            value.push_back('\n');
            ++pos_;
            continue;
        case 'v':
            value.push_back('\v');
            ++pos_;
            continue;
        case 'f':
            value.push_back('\f');
            ++pos_;
            continue;
        case 'r':
            value.push_back('\r');
            ++pos_;
            continue;
        case 'x': {
            int h1 = hex_value(peek(1));
            int h2 = hex_value(peek(2));
            if (h1 < 0 || h2 < 0) return fail(escape_start, "invalid hexadecimal escape sequence");
            value.push_back(static_cast<char16_t>(h1 * 16 + h2));
            pos_ += 3;
            continue;
        }
        case 'u': {
            auto cp = read_unicode_escape();
            if (!cp) return fail(escape_start, "invalid Unicode escape sequence");
            append_code_point(value, *cp);
            continue;
        }
        default:
            break;
        }
        if (e >= '0' && e <= '7') {
            if (e == '0' && !is_decimal_digit(peek(1))) {
                value.push_back(0);
                ++pos_;
                continue;
            }
            if (!legacy_octal) legacy_octal = escape_start;
            std::uint32_t v = e - '0';
            ++pos_;
            if (peek() >= '0' && peek() <= '7') {
                v = v * 8 + (peek() - '0');
                ++pos_;
                if (e <= '3' && peek() >= '0' && peek() <= '7') {
                    v = v * 8 + (peek() - '0');
                    ++pos_;
                }
            }
            value.push_back(static_cast<char16_t>(v));
            continue;
        }
        if (e == '8' || e == '9') {
            if (!legacy_octal) legacy_octal = escape_start;
            value.push_back(e);
            ++pos_;
            continue;
        }
        // NonEscapeCharacter (any other code unit, surrogate halves included).
        value.push_back(e);
        ++pos_;
    }
    Token token = make(TokenType::StringLiteral, start);
    token.value = std::move(value);
    token.legacy_octal_offset = legacy_octal;
    return token;
}

Token Lexer::lex_template(std::uint32_t start) {
    // pos_ is just after '`' or '}'.
    std::u16string cooked;
    std::u16string raw;
    bool invalid = false;
    std::uint32_t error_offset = 0;
    std::string error;
    auto mark_invalid = [&](std::uint32_t offset, const char* message) {
        if (!invalid) {
            invalid = true;
            error_offset = offset;
            error = message;
        }
    };
    bool tail = false;
    while (true) {
        if (at_end()) return fail(start, "unterminated template literal");
        char16_t c = peek();
        if (c == '`') {
            ++pos_;
            tail = true;
            break;
        }
        if (c == '$' && peek(1) == '{') {
            pos_ += 2;
            break;
        }
        if (c == '\r') {
            ++pos_;
            if (peek() == '\n') ++pos_;
            new_line(pos_);
            cooked.push_back('\n');
            raw.push_back('\n');
            continue;
        }
        if (c == '\n' || c == 0x2028 || c == 0x2029) {
            ++pos_;
            new_line(pos_);
            cooked.push_back(c);
            raw.push_back(c);
            continue;
        }
        if (c != '\\') {
            cooked.push_back(c);
            raw.push_back(c);
            ++pos_;
            continue;
        }
        std::uint32_t escape_start = pos_;
        ++pos_;
        if (at_end()) return fail(start, "unterminated template literal");
        char16_t e = peek();
        raw.push_back('\\');
        if (e == '\r') {
            ++pos_;
            if (peek() == '\n') ++pos_;
            new_line(pos_);
            raw.push_back('\n');
            continue;
        }
        if (unicode::is_line_terminator(e)) {
            ++pos_;
            new_line(pos_);
            raw.push_back(e);
            continue;
        }
        switch (e) {
        case 'b':
            cooked.push_back('\b');
            break;
        case 't':
            cooked.push_back('\t');
            break;
        case 'n':
            cooked.push_back('\n');
            break;
        case 'v':
            cooked.push_back('\v');
            break;
        case 'f':
            cooked.push_back('\f');
            break;
        case 'r':
            cooked.push_back('\r');
            break;
        case 'x': {
            int h1 = hex_value(peek(1));
            int h2 = hex_value(peek(2));
            if (h1 < 0 || h2 < 0) {
                mark_invalid(escape_start, "invalid hexadecimal escape sequence in template");
                break;
            }
            cooked.push_back(static_cast<char16_t>(h1 * 16 + h2));
            raw.append(source_.substr(pos_, 3));
            pos_ += 3;
            continue;
        }
        case 'u': {
            std::uint32_t u_start = pos_;
            auto cp = read_unicode_escape();
            if (!cp) {
                mark_invalid(escape_start, "invalid Unicode escape sequence in template");
                // Raw keeps the text as written: resume right after the 'u'.
                pos_ = u_start;
                break;
            }
            append_code_point(cooked, *cp);
            raw.append(source_.substr(u_start, pos_ - u_start));
            continue;
        }
        default:
            if (e == '0' && !is_decimal_digit(peek(1))) {
                cooked.push_back(0);
            } else if (is_decimal_digit(e)) {
                mark_invalid(escape_start, "octal escape sequences are not allowed in templates");
            } else {
                // Surrogate pairs stay as two units in both.
                cooked.push_back(e);
            }
            break;
        }
        raw.push_back(e);
        ++pos_;
    }
    Token token = make(TokenType::Template, start);
    token.template_tail = tail;
    token.template_invalid_escape = invalid;
    token.template_error_offset = error_offset;
    token.template_error = std::move(error);
    if (!invalid) token.value = std::move(cooked);
    token.raw = std::move(raw);
    return token;
}

Token Lexer::rescan_template_continuation(const Token& token) {
    pos_ = token.start + 1;
    Token result = lex_template(token.start);
    if (result.type != TokenType::Invalid) {
        result.line = token.line;
        result.column = token.column;
    } else {
        position_of(result.start, result.line, result.column);
    }
    result.newline_before = token.newline_before;
    return result;
}

Token Lexer::rescan_regexp(const Token& token) {
    pos_ = token.start + 1;
    std::uint32_t start = token.start;
    bool in_class = false;
    std::u16string body;
    while (true) {
        if (at_end() || unicode::is_line_terminator(peek()))
            return fail(start, "unterminated regular expression literal");
        char16_t c = peek();
        if (c == '\\') {
            body.push_back(c);
            ++pos_;
            if (at_end() || unicode::is_line_terminator(peek()))
                return fail(start, "unterminated regular expression literal");
            body.push_back(peek());
            ++pos_;
            continue;
        }
        if (c == '[')
            in_class = true;
        else if (c == ']')
            in_class = false;
        else if (c == '/' && !in_class)
            break;
        body.push_back(c);
        ++pos_;
    }
    ++pos_;
    std::u16string flags;
    while (!at_end()) {
        std::uint32_t length = 1;
        std::uint32_t cp = code_point_at(pos_, length);
        if (peek() == '\\') return fail(pos_, "invalid regular expression flags");
        if (!unicode::is_id_continue(cp)) break;
        flags.append(source_.substr(pos_, length));
        pos_ += length;
    }
    Token result = make(TokenType::RegExpLiteral, start);
    result.line = token.line;
    result.column = token.column;
    result.newline_before = token.newline_before;
    result.value = std::move(body);
    result.raw = std::move(flags);
    return result;
}

Token Lexer::lex_punctuator(std::uint32_t start) {
    char16_t c = peek();
    char16_t c1 = peek(1);
    char16_t c2 = peek(2);
    char16_t c3 = peek(3);
    auto emit = [&](TokenType type, std::uint32_t length) {
        pos_ += length;
        return make(type, start);
    };
    switch (c) {
    case '{':
        return emit(TokenType::LeftBrace, 1);
    case '}':
        return emit(TokenType::RightBrace, 1);
    case '(':
        return emit(TokenType::LeftParen, 1);
    case ')':
        return emit(TokenType::RightParen, 1);
    case '[':
        return emit(TokenType::LeftBracket, 1);
    case ']':
        return emit(TokenType::RightBracket, 1);
    case ';':
        return emit(TokenType::Semicolon, 1);
    case ',':
        return emit(TokenType::Comma, 1);
    case ':':
        return emit(TokenType::Colon, 1);
    case '~':
        return emit(TokenType::Tilde, 1);
    case '.':
        if (c1 == '.' && c2 == '.') return emit(TokenType::Ellipsis, 3);
        return emit(TokenType::Dot, 1);
    case '<':
        if (c1 == '<') return c2 == '=' ? emit(TokenType::LeftShiftAssign, 3) : emit(TokenType::LeftShift, 2);
        return c1 == '=' ? emit(TokenType::LessEqual, 2) : emit(TokenType::Less, 1);
    case '>':
        if (c1 == '>') {
            if (c2 == '>')
                return c3 == '=' ? emit(TokenType::UnsignedRightShiftAssign, 4)
                                 : emit(TokenType::UnsignedRightShift, 3);
            return c2 == '=' ? emit(TokenType::SignedRightShiftAssign, 3)
                             : emit(TokenType::SignedRightShift, 2);
        }
        return c1 == '=' ? emit(TokenType::GreaterEqual, 2) : emit(TokenType::Greater, 1);
    case '=':
        if (c1 == '>') return emit(TokenType::Arrow, 2);
        if (c1 == '=') return c2 == '=' ? emit(TokenType::StrictEqual, 3) : emit(TokenType::Equal, 2);
        return emit(TokenType::Assign, 1);
    case '!':
        if (c1 == '=') return c2 == '=' ? emit(TokenType::StrictNotEqual, 3) : emit(TokenType::NotEqual, 2);
        return emit(TokenType::Bang, 1);
    case '+':
        if (c1 == '+') return emit(TokenType::PlusPlus, 2);
        return c1 == '=' ? emit(TokenType::PlusAssign, 2) : emit(TokenType::Plus, 1);
    case '-':
        if (c1 == '-') return emit(TokenType::MinusMinus, 2);
        return c1 == '=' ? emit(TokenType::MinusAssign, 2) : emit(TokenType::Minus, 1);
    case '*':
        if (c1 == '*') return c2 == '=' ? emit(TokenType::StarStarAssign, 3) : emit(TokenType::StarStar, 2);
        return c1 == '=' ? emit(TokenType::StarAssign, 2) : emit(TokenType::Star, 1);
    case '/':
        return c1 == '=' ? emit(TokenType::SlashAssign, 2) : emit(TokenType::Slash, 1);
    case '%':
        return c1 == '=' ? emit(TokenType::PercentAssign, 2) : emit(TokenType::Percent, 1);
    case '&':
        if (c1 == '&')
            return c2 == '=' ? emit(TokenType::AmpersandAmpersandAssign, 3)
                             : emit(TokenType::AmpersandAmpersand, 2);
        return c1 == '=' ? emit(TokenType::AmpersandAssign, 2) : emit(TokenType::Ampersand, 1);
    case '|':
        if (c1 == '|') return c2 == '=' ? emit(TokenType::PipePipeAssign, 3) : emit(TokenType::PipePipe, 2);
        return c1 == '=' ? emit(TokenType::PipeAssign, 2) : emit(TokenType::Pipe, 1);
    case '^':
        return c1 == '=' ? emit(TokenType::CaretAssign, 2) : emit(TokenType::Caret, 1);
    case '?':
        if (c1 == '?')
            return c2 == '=' ? emit(TokenType::QuestionQuestionAssign, 3)
                             : emit(TokenType::QuestionQuestion, 2);
        if (c1 == '.' && !is_decimal_digit(c2)) return emit(TokenType::QuestionDot, 2);
        return emit(TokenType::Question, 1);
    default:
        break;
    }
    return fail(start, "invalid or unexpected token");
}

} // namespace yjs
