#pragma once
// The tokenizer (ECMA-262 12). It works on UTF-16 code units and is driven by the parser, which decides
// where a `/` starts a regular expression and where a `}` continues a template (rescan_* functions).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

enum class TokenType : std::uint8_t {
    EndOfFile,
    Identifier,     // includes contextual keywords (let, static, yield, await, async, of, get, set, ...)
    EscapedKeyword, // an identifier spelled with escapes whose value is a reserved word: never valid
    PrivateName,    // #name
    NumericLiteral,
    BigIntLiteral,
    StringLiteral,
    Template, // a template piece; see Token::template_tail
    RegExpLiteral,

    // Reserved words.
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Enum,
    Export,
    Extends,
    False,
    Finally,
    For,
    Function,
    If,
    Import,
    In,
    InstanceOf,
    New,
    Null,
    Return,
    Super,
    Switch,
    This,
    Throw,
    True,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,

    // Punctuators.
    LeftBrace,
    RightBrace,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Dot,
    Ellipsis,
    Semicolon,
    Comma,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    Equal,
    NotEqual,
    StrictEqual,
    StrictNotEqual,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    StarStar,
    PlusPlus,
    MinusMinus,
    LeftShift,
    SignedRightShift,
    UnsignedRightShift,
    Ampersand,
    Pipe,
    Caret,
    Bang,
    Tilde,
    AmpersandAmpersand,
    PipePipe,
    QuestionQuestion,
    Question,
    QuestionDot,
    Colon,
    Assign,
    PlusAssign,
    MinusAssign,
    StarAssign,
    SlashAssign,
    PercentAssign,
    StarStarAssign,
    LeftShiftAssign,
    SignedRightShiftAssign,
    UnsignedRightShiftAssign,
    AmpersandAssign,
    PipeAssign,
    CaretAssign,
    AmpersandAmpersandAssign,
    PipePipeAssign,
    QuestionQuestionAssign,
    Arrow,

    Invalid, // a lexical error; the message is in Lexer::error()
};

const char* token_type_name(TokenType type);

struct Token {
    TokenType type = TokenType::EndOfFile;
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    bool newline_before = false; // a LineTerminator occurs between the previous token and this one
    bool escaped = false;        // identifier/keyword written with \u escapes
    // Identifier name, string value, template cooked value (when valid), regexp pattern, private name
    // (with '#').
    std::u16string value;
    std::u16string raw; // template raw value; regexp flags
    double number = 0;
    std::string bigint_digits; // decimal digits of a BigInt literal
    // Strings/numbers: position of a legacy octal escape / literal (\01, \8, 017, 08), for strict mode.
    std::optional<std::uint32_t> legacy_octal_offset;
    // Templates.
    bool template_tail = false;           // the piece ends with '`' (else with '${')
    bool template_invalid_escape = false; // cooked value is undefined
    std::uint32_t template_error_offset = 0;
    std::string template_error;
};

class Lexer {
public:
    // HTML-like comments (Annex B) are recognized unless is_module.
    Lexer(std::u16string_view source, bool is_module);

    // Lexes the next token after the current position. A hashbang comment at the very start of the source
    // is skipped when allowed (set_allow_hashbang).
    Token next();

    // Re-lexes starting at `token` (which must be the last token returned, a `/` or `/=`) as a
    // RegularExpressionLiteral.
    Token rescan_regexp(const Token& token);
    // Re-lexes starting at `token` (the last token returned, a `}`) as a TemplateMiddle/TemplateTail.
    Token rescan_template_continuation(const Token& token);

    // Lookahead support: the parser saves the state, lexes ahead, and restores it.
    struct State {
        std::uint32_t pos;
        std::uint32_t line;
        std::uint32_t line_start;
        bool at_line_start;
    };
    State save() const { return {pos_, line_, line_start_, at_line_start_}; }
    void restore(const State& state);

    void set_allow_hashbang(bool allow) { allow_hashbang_ = allow; }

    const std::string& error() const { return error_; }
    std::uint32_t error_offset() const { return error_offset_; }

    // Line/column (1-based, UTF-16 units) of an offset.
    void position_of(std::uint32_t offset, std::uint32_t& line, std::uint32_t& column) const;

    std::u16string_view source() const { return source_; }

private:
    char16_t peek(std::uint32_t ahead = 0) const {
        return pos_ + ahead < source_.size() ? source_[pos_ + ahead] : char16_t(0);
    }
    bool at_end() const { return pos_ >= source_.size(); }
    std::uint32_t code_point_at(std::uint32_t offset, std::uint32_t& length) const;
    void new_line(std::uint32_t after_offset);

    // Skips whitespace and comments; returns false on an unterminated comment.
    bool skip_trivia(bool& newline);
    void skip_line_comment();

    Token make(TokenType type, std::uint32_t start);
    Token fail(std::uint32_t offset, std::string message);

    Token lex_identifier_or_keyword(std::uint32_t start, bool is_private);
    bool lex_identifier_part(std::u16string& out, bool first, bool& escaped, bool& ok);
    Token lex_number(std::uint32_t start);
    Token lex_string(std::uint32_t start, char16_t quote);
    Token lex_template(std::uint32_t start);
    Token lex_punctuator(std::uint32_t start);
    // Reads a \u escape (pos at the 'u'); returns the code point or nullopt.
    std::optional<std::uint32_t> read_unicode_escape();

    std::u16string_view source_;
    bool allow_hashbang_ = false;
    bool allow_html_comments_ = true;
    std::uint32_t pos_ = 0;
    std::uint32_t line_ = 1;
    std::uint32_t line_start_ = 0;
    bool at_line_start_ = true; // only whitespace/comments seen since the last line terminator (for -->)
    std::string error_;
    std::uint32_t error_offset_ = 0;
};

// Numeric helpers shared with the parser (lexer_numbers.cpp).
namespace numeric {
// Converts digits of the given radix (2, 8, 10 or 16; separators removed) to a double, correctly rounded.
double digits_to_double(std::u16string_view digits, int radix);
// Converts digits of the given radix (2, 8, 10 or 16) to a decimal digit string.
std::string digits_to_decimal(std::u16string_view digits, int radix);
} // namespace numeric

} // namespace yjs
