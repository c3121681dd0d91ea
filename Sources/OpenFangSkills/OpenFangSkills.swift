// OpenFangSkills: SKILL.md parsing, the skill registry and the injection scanner.
//
// The target is declared now so the module graph is fixed; its code arrives with its issue.
