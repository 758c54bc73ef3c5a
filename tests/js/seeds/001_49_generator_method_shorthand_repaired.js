// Repaired copy of seed 001's generator-method shorthand example: the `···` placeholder body (not
// JavaScript) is turned into a comment; nothing else changed.
let obj = {
  * myGeneratorMethod() {
    // ···
  }
};
