/** Each role's home: where sign-in without a destination and the logo take a signed-in user. */
export function homePathFor(role: "student" | "teacher"): string {
  return role === "teacher" ? "/teach" : "/quizzes";
}
