// --print-bytecode: a readable listing of a code block, in the spirit of d8's output.
#include "compiler/module_layout.h"
#include "runtime/bigint.h"
#include "runtime/number_conversion.h"
#include "runtime/string.h"
#include "vm/code_block.h"

#include <cstdio>
#include <string>
#include <vector>

namespace yjs {

namespace {

const char* code_kind_name(CodeKind kind) {
    switch (kind) {
    case CodeKind::Script: return "script";
    case CodeKind::Module: return "module";
    case CodeKind::Eval: return "eval";
    case CodeKind::Function: return "function";
    case CodeKind::Arrow: return "arrow";
    case CodeKind::ClassConstructor: return "class constructor";
    case CodeKind::DerivedConstructor: return "derived constructor";
    case CodeKind::ClassFieldInitializer: return "class initializer";
    }
    return "?";
}

const char* function_kind_name(FunctionKind kind) {
    switch (kind) {
    case FunctionKind::Normal: return "";
    case FunctionKind::Generator: return " generator";
    case FunctionKind::Async: return " async";
    case FunctionKind::AsyncGenerator: return " async generator";
    }
    return "";
}

std::string string_text(JSString* string, std::size_t limit = 60) {
    std::string text = string->to_utf8();
    std::string result;
    for (char c : text) {
        if (result.size() >= limit) {
            result += "...";
            break;
        }
        switch (c) {
        case '\n': result += "\\n"; break;
        case '\r': result += "\\r"; break;
        case '\t': result += "\\t"; break;
        case '"': result += "\\\""; break;
        case '\\': result += "\\\\"; break;
        default: result += c; break;
        }
    }
    return result;
}

std::string code_block_name(const CodeBlock& block) {
    return block.name && !block.name->is_empty() ? block.name->to_utf8() : std::string("<anonymous>");
}

std::string describe_constant(Value value) {
    if (value.is_number()) return NumberToString(value.as_number());
    if (value.is_string()) return "\"" + string_text(value.as_string()) + "\"";
    if (value.is_undefined()) return "undefined";
    if (value.is_bigint()) return value.as_bigint()->to_std_string() + "n";
    if (value.is_internal_cell()) {
        Cell* cell = value.as_cell();
        if (auto* code = dynamic_cast<CodeBlock*>(cell))
            return std::string("<CodeBlock ") + code_block_name(*code) + ">";
        if (auto* scope = dynamic_cast<ScopeInfo*>(cell)) {
            std::string text = "<ScopeInfo slots=" + std::to_string(scope->slot_count);
            for (const ScopeInfo::Binding& binding : scope->bindings)
                text += " " + binding.name->to_utf8() + "@" + std::to_string(binding.slot);
            return text + ">";
        }
        if (auto* declarations = dynamic_cast<GlobalDeclarations*>(cell)) {
            std::string text = "<GlobalDeclarations";
            for (JSString* name : declarations->var_names) text += " var " + name->to_utf8();
            for (JSString* name : declarations->function_names) text += " function " + name->to_utf8();
            for (std::size_t i = 0; i < declarations->lexical_names.size(); ++i)
                text += std::string(declarations->lexical_is_const[i] ? " const " : " let ") +
                        declarations->lexical_names[i]->to_utf8();
            return text + ">";
        }
        if (auto* layout = dynamic_cast<ModuleLayout*>(cell)) {
            std::string text = "<ModuleLayout";
            for (const ModuleLayout::Import& import : layout->imports)
                text += " import@" + std::to_string(import.slot) + "=entry" + std::to_string(import.import_entry);
            for (const ModuleLayout::Function& function : layout->functions)
                text += " function@" + std::to_string(function.slot) + "=" + code_block_name(*function.code);
            for (std::uint32_t slot : layout->var_slots) text += " var@" + std::to_string(slot);
            return text + " " + describe_constant(Value::internal_cell(layout->environment)) + ">";
        }
        return std::string("<") + cell->class_name() + ">";
    }
    return "<value>";
}

std::uint32_t read_operand(const std::vector<std::uint8_t>& bytecode, std::size_t at) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= static_cast<std::uint32_t>(bytecode[at + i]) << (8 * i);
    return value;
}

void disassemble_into(const CodeBlock& block, bool recursive, std::string& out) {
    char line[160];
    std::snprintf(line, sizeof line, "[bytecode for %s %s%s]\n", code_kind_name(block.code_kind),
                  code_block_name(block).c_str(), function_kind_name(block.function_kind));
    out += line;
    std::snprintf(line, sizeof line, "Parameter count %u\nRegister count %u\nFrame size %u\n", block.parameter_count,
                  block.register_count, block.register_count * 8);
    out += line;

    std::size_t position_index = 0;
    const std::vector<std::uint8_t>& bytecode = block.bytecode;
    for (std::size_t pc = 0; pc < bytecode.size();) {
        auto opcode = static_cast<Opcode>(bytecode[pc]);
        const OpcodeInfo& info = opcode_info(opcode);
        std::string where;
        while (position_index < block.positions.size() && block.positions[position_index].pc <= pc) {
            const SourcePosition& position = block.positions[position_index++];
            if (position.pc == pc) where = std::to_string(position.line) + ":" + std::to_string(position.column);
        }
        std::snprintf(line, sizeof line, "%10s %5zu : %s", where.c_str(), pc, info.name);
        out += line;
        std::string comment;
        for (std::uint8_t i = 0; i < info.operand_count; ++i) {
            std::uint32_t operand = read_operand(bytecode, pc + 1 + 4 * i);
            out += i == 0 ? " " : ", ";
            switch (info.operands[i]) {
            case OperandKind::Reg:
                out += "r" + std::to_string(operand);
                break;
            case OperandKind::Imm:
                out += "[" + std::to_string(static_cast<std::int32_t>(operand)) + "]";
                break;
            case OperandKind::Const:
                out += "[" + std::to_string(operand) + "]";
                if (operand < block.constants.size()) {
                    if (!comment.empty()) comment += ", ";
                    comment += describe_constant(block.constants[operand]);
                }
                break;
            case OperandKind::Label:
                out += "@" + std::to_string(operand);
                break;
            case OperandKind::Slot:
                out += "s" + std::to_string(operand);
                break;
            case OperandKind::Count:
            case OperandKind::Flag:
                out += "#" + std::to_string(operand);
                break;
            }
        }
        if (!comment.empty()) out += "   ; " + comment;
        out += "\n";
        pc += instruction_size(info.operand_count);
    }

    std::snprintf(line, sizeof line, "Constant pool (size = %zu)\n", block.constants.size());
    out += line;
    for (std::size_t i = 0; i < block.constants.size(); ++i)
        out += "  " + std::to_string(i) + ": " + describe_constant(block.constants[i]) + "\n";
    std::snprintf(line, sizeof line, "Handler table (size = %zu)\n", block.handlers.size());
    out += line;
    for (const ExceptionHandler& handler : block.handlers) {
        std::snprintf(line, sizeof line, "  [%u, %u) -> @%u", handler.start, handler.end, handler.handler);
        out += line;
        if (handler.context_register != UINT32_MAX) out += " (context r" + std::to_string(handler.context_register) + ")";
        out += "\n";
    }
    out += "\n";

    if (!recursive) return;
    for (Value constant : block.constants) {
        if (!constant.is_internal_cell()) continue;
        if (auto* code = dynamic_cast<CodeBlock*>(constant.as_cell())) disassemble_into(*code, true, out);
        if (auto* layout = dynamic_cast<ModuleLayout*>(constant.as_cell()))
            for (const ModuleLayout::Function& function : layout->functions) disassemble_into(*function.code, true, out);
    }
}

} // namespace

std::string disassemble(const CodeBlock& block, bool recursive) {
    std::string out;
    disassemble_into(block, recursive, out);
    return out;
}

} // namespace yjs
