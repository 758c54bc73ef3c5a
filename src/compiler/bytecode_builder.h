#pragma once
// Low-level bytecode emission for one code block: instructions and operands, forward/backward labels,
// register allocation (a stack of temporaries above the parameter and local registers), the constant
// pool (numbers and strings deduplicated), feedback slots, source positions and exception handler ranges.
#include "vm/bytecodes.h"
#include "vm/code_block.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yjs {

class VM;

struct Label {
    std::uint32_t id = UINT32_MAX;
    bool valid() const { return id != UINT32_MAX; }
};

// An operand as written by the emitter; labels are patched once bound.
struct Operand {
    Operand(std::uint32_t v) : value(v) {}
    Operand(int v) : value(static_cast<std::uint32_t>(v)) {}
    Operand(Label label) : value(label.id), is_label(true) {}
    std::uint32_t value;
    bool is_label = false;
};

class BytecodeBuilder {
public:
    explicit BytecodeBuilder(VM& vm) : vm_(vm) {}

    // --- Instructions ---
    void emit(Opcode opcode, std::initializer_list<Operand> operands = {});
    std::uint32_t offset() const { return static_cast<std::uint32_t>(bytecode_.size()); }
    // After an unconditional jump, return or throw nothing is emitted until the next label is bound.
    bool reachable() const { return reachable_; }

    // --- Labels ---
    Label new_label();
    void bind(Label);
    bool is_bound(Label label) const { return label_offsets_[label.id] != UINT32_MAX; }

    // --- Registers ---
    void set_fixed_registers(std::uint32_t count); // parameters + locals
    std::uint32_t allocate_register();
    std::uint32_t allocate_registers(std::uint32_t count); // consecutive
    std::uint32_t temporary_top() const { return next_temporary_; }
    void release_registers_to(std::uint32_t top) { next_temporary_ = top; }

    // --- Constants and feedback ---
    std::uint32_t number_constant(double);
    std::uint32_t string_constant(std::u16string_view);
    std::uint32_t string_constant(JSString* atom);
    std::uint32_t cell_constant(Cell*);
    // A constant that is not shared with other entries (a BigInt).
    std::uint32_t value_constant(Value);
    std::uint32_t feedback_slot() { return feedback_slot_count_++; }

    // --- Source positions ---
    // The next emitted instruction (and those after it) belong to this position.
    void set_position(std::uint32_t line, std::uint32_t column);
    // The next emitted instruction operates on the source expression `text` (for error messages).
    void set_operand_text(std::string text, bool call_spread = false);

    // --- Exception handlers ---
    void add_handler(std::uint32_t start, std::uint32_t end, Label handler, std::uint32_t context_register);

    // Moves everything into `block` (bytecode with labels patched, constants, handlers, positions,
    // register and feedback counts).
    void finish(CodeBlock& block);

private:
    VM& vm_;
    std::vector<std::uint8_t> bytecode_;
    bool reachable_ = true;
    bool changes_context_ = false; // an instruction that switches the current context was emitted
    // Where the last Star ends and its register, until a label is bound (for dropping a following Ldar of
    // the same register).
    std::uint32_t last_star_end_ = UINT32_MAX;
    std::uint32_t last_star_register_ = 0;

    std::vector<std::uint32_t> label_offsets_;
    struct Patch {
        std::uint32_t at;
        std::uint32_t label;
    };
    std::vector<Patch> patches_;

    std::uint32_t fixed_registers_ = 0;
    std::uint32_t next_temporary_ = 0;
    std::uint32_t max_registers_ = 0;

    std::vector<Value> constants_;
    std::unordered_map<std::uint64_t, std::uint32_t> number_constants_;
    std::unordered_map<JSString*, std::uint32_t> string_constants_;
    std::unordered_map<Cell*, std::uint32_t> cell_constants_;
    std::uint32_t feedback_slot_count_ = 0;

    std::vector<SourcePosition> positions_;
    std::uint32_t pending_line_ = 0;
    std::uint32_t pending_column_ = 0;
    bool position_pending_ = false;
    std::vector<OperandText> operand_texts_;
    std::optional<OperandText> pending_operand_text_;

    struct PendingHandler {
        std::uint32_t start;
        std::uint32_t end;
        Label handler;
        std::uint32_t context_register;
    };
    std::vector<PendingHandler> handlers_;
};

} // namespace yjs
