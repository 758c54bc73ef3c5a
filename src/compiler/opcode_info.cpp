// Names and operand kinds of every opcode, generated from the YJS_BYTECODES table.
#include "vm/bytecodes.h"

#include <initializer_list>

namespace yjs {

namespace {

constexpr OpcodeInfo make_info(const char* name, std::initializer_list<OperandKind> operands) {
    OpcodeInfo info{name, 0, {}};
    for (OperandKind kind : operands) info.operands[info.operand_count++] = kind;
    return info;
}

using enum OperandKind;

constexpr OpcodeInfo kOpcodeInfo[] = {
#define YJS_OPCODE_INFO(name, ...) make_info(#name, {__VA_ARGS__}),
    YJS_BYTECODES(YJS_OPCODE_INFO)
#undef YJS_OPCODE_INFO
};

static_assert(sizeof(kOpcodeInfo) / sizeof(kOpcodeInfo[0]) == static_cast<std::size_t>(Opcode::Count));

} // namespace

const OpcodeInfo& opcode_info(Opcode opcode) { return kOpcodeInfo[static_cast<std::size_t>(opcode)]; }

} // namespace yjs
