// Tests of this target live beside this file.
