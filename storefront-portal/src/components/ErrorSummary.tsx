/** The problems of a form, listed at its top and announced at once. */
export function ErrorSummary({ errors, id }: { errors: string[]; id?: string }) {
  if (!errors.length) return null
  return (
    <div id={id} className="error-summary" role="alert">
      <p>Please check the following:</p>
      <ul>
        {errors.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  )
}
