#include "regexp/regexp.h"

#include "regexp/ast.h"
#include "regexp/compiler.h"

namespace yjs::regexp {

std::optional<Flags> parse_flags(std::u16string_view text) {
    Flags flags;
    for (char16_t c : text) {
        bool* flag;
        switch (c) {
        case 'd':
            flag = &flags.has_indices;
            break;
        case 'g':
            flag = &flags.global;
            break;
        case 'i':
            flag = &flags.ignore_case;
            break;
        case 'm':
            flag = &flags.multiline;
            break;
        case 's':
            flag = &flags.dot_all;
            break;
        case 'u':
            flag = &flags.unicode;
            break;
        case 'v':
            flag = &flags.unicode_sets;
            break;
        case 'y':
            flag = &flags.sticky;
            break;
        default:
            return std::nullopt;
        }
        if (*flag) return std::nullopt;
        *flag = true;
    }
    if (flags.unicode && flags.unicode_sets) return std::nullopt;
    return flags;
}

std::string flags_to_string(Flags flags) {
    std::string result;
    if (flags.has_indices) result += 'd';
    if (flags.global) result += 'g';
    if (flags.ignore_case) result += 'i';
    if (flags.multiline) result += 'm';
    if (flags.dot_all) result += 's';
    if (flags.unicode) result += 'u';
    if (flags.unicode_sets) result += 'v';
    if (flags.sticky) result += 'y';
    return result;
}

Flags Program::flags() const {
    return code_->flags;
}

std::uint32_t Program::capture_count() const {
    return code_->capture_count;
}

const std::vector<NamedGroup>& Program::named_groups() const {
    return code_->named_groups;
}

const std::u16string* Program::capture_name(std::uint32_t index) const {
    if (index == 0 || index > code_->capture_count) return nullptr;
    std::int32_t name = code_->capture_name_index[index];
    return name < 0 ? nullptr : &code_->named_groups[static_cast<std::size_t>(name)].name;
}

CompileResult compile(std::u16string_view pattern, Flags flags) {
    Ast ast;
    if (auto error = parse_pattern(pattern, flags, ast)) return *error;
    return Program(compile_ast(ast, flags));
}

std::optional<CompileError> validate(std::u16string_view pattern, Flags flags) {
    Ast ast;
    return parse_pattern(pattern, flags, ast);
}

} // namespace yjs::regexp
