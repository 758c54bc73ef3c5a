#include "compiler/bytecode_builder.h"

#include "runtime/vm.h"

#include <cassert>

namespace yjs {

namespace {

bool switches_context(Opcode opcode) {
    switch (opcode) {
    case Opcode::PushContext:
    case Opcode::PushWithContext:
    case Opcode::RestoreContext:
    case Opcode::CreatePerIterationContext:
        return true;
    default:
        return false;
    }
}

bool ends_control_flow(Opcode opcode) {
    switch (opcode) {
    case Opcode::Jump:
    case Opcode::Return:
    case Opcode::Throw:
    case Opcode::ThrowError:
    case Opcode::ThrowConstAssign:
        return true;
    default:
        return false;
    }
}

} // namespace

void BytecodeBuilder::emit(Opcode opcode, std::initializer_list<Operand> operands) {
    const OpcodeInfo& info = opcode_info(opcode);
    assert(info.operand_count == operands.size());
    (void)info;
    if (!reachable_) {
        pending_operand_text_.reset();
        return;
    }
    std::uint32_t pc = offset();
    // `Star r; Ldar r` with no label between: the accumulator already holds r.
    if (opcode == Opcode::Ldar && last_star_end_ == pc && last_star_register_ == operands.begin()->value)
        return;
    if (opcode == Opcode::Star) {
        last_star_end_ = pc + 5;
        last_star_register_ = operands.begin()->value;
    }
    if (pending_operand_text_) {
        pending_operand_text_->pc = pc;
        operand_texts_.push_back(std::move(*pending_operand_text_));
        pending_operand_text_.reset();
    }
    if (position_pending_) {
        if (positions_.empty() || positions_.back().line != pending_line_ ||
            positions_.back().column != pending_column_) {
            if (!positions_.empty() && positions_.back().pc == pc) positions_.pop_back();
            positions_.push_back({pc, pending_line_, pending_column_});
        }
        position_pending_ = false;
    }
    bytecode_.push_back(static_cast<std::uint8_t>(opcode));
    if (switches_context(opcode)) changes_context_ = true;
    for (const Operand& operand : operands) {
        if (operand.is_label) patches_.push_back({offset(), operand.value});
        std::uint32_t value = operand.value;
        for (int i = 0; i < 4; ++i) bytecode_.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
    if (ends_control_flow(opcode)) reachable_ = false;
}

void BytecodeBuilder::set_operand_text(std::string text, bool call_spread) {
    pending_operand_text_ = OperandText{0, std::move(text), call_spread};
}

Label BytecodeBuilder::new_label() {
    label_offsets_.push_back(UINT32_MAX);
    return Label{static_cast<std::uint32_t>(label_offsets_.size() - 1)};
}

void BytecodeBuilder::bind(Label label) {
    assert(label_offsets_[label.id] == UINT32_MAX);
    label_offsets_[label.id] = offset();
    reachable_ = true;
    last_star_end_ = UINT32_MAX;
}

void BytecodeBuilder::set_fixed_registers(std::uint32_t count) {
    fixed_registers_ = count;
    next_temporary_ = count;
    if (max_registers_ < count) max_registers_ = count;
}

std::uint32_t BytecodeBuilder::allocate_register() { return allocate_registers(1); }

std::uint32_t BytecodeBuilder::allocate_registers(std::uint32_t count) {
    std::uint32_t first = next_temporary_;
    next_temporary_ += count;
    if (max_registers_ < next_temporary_) max_registers_ = next_temporary_;
    return first;
}

std::uint32_t BytecodeBuilder::number_constant(double value) {
    Value v(value);
    auto [it, inserted] = number_constants_.emplace(v.bits(), static_cast<std::uint32_t>(constants_.size()));
    if (inserted) constants_.push_back(v);
    return it->second;
}

std::uint32_t BytecodeBuilder::string_constant(std::u16string_view text) {
    return string_constant(vm_.atoms().atomize(text));
}

std::uint32_t BytecodeBuilder::string_constant(JSString* atom) {
    auto [it, inserted] = string_constants_.emplace(atom, static_cast<std::uint32_t>(constants_.size()));
    if (inserted) constants_.push_back(Value(atom));
    return it->second;
}

std::uint32_t BytecodeBuilder::cell_constant(Cell* cell) {
    auto [it, inserted] = cell_constants_.emplace(cell, static_cast<std::uint32_t>(constants_.size()));
    if (inserted) constants_.push_back(Value::internal_cell(cell));
    return it->second;
}

std::uint32_t BytecodeBuilder::value_constant(Value value) {
    constants_.push_back(value);
    return static_cast<std::uint32_t>(constants_.size() - 1);
}

void BytecodeBuilder::set_position(std::uint32_t line, std::uint32_t column) {
    pending_line_ = line;
    pending_column_ = column;
    position_pending_ = true;
}

void BytecodeBuilder::add_handler(std::uint32_t start, std::uint32_t end, Label handler,
                                  std::uint32_t context_register) {
    if (start >= end) return;
    handlers_.push_back({start, end, handler, context_register});
}

void BytecodeBuilder::finish(CodeBlock& block) {
    for (const Patch& patch : patches_) {
        std::uint32_t target = label_offsets_[patch.label];
        assert(target != UINT32_MAX);
        for (int i = 0; i < 4; ++i) bytecode_[patch.at + i] = static_cast<std::uint8_t>(target >> (8 * i));
    }
    block.bytecode = std::move(bytecode_);
    block.constants = std::move(constants_);
    block.positions = std::move(positions_);
    block.operand_texts = std::move(operand_texts_);
    block.handlers.clear();
    for (const PendingHandler& handler : handlers_) {
        std::uint32_t target = label_offsets_[handler.handler.id];
        assert(target != UINT32_MAX);
        block.handlers.push_back({handler.start, handler.end, target, handler.context_register});
    }
    block.register_count = max_registers_;
    block.changes_context = changes_context_;
    block.feedback_slot_count = feedback_slot_count_;
}

} // namespace yjs
