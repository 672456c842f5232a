import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"

export type DemoAdmin = { id: string; email: string; password: string }

const PROVIDER = "emailpass"

/** The login printed by `npm run demo`; override with DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD. */
export function demoAdminLogin() {
  return {
    email: process.env.DEMO_ADMIN_EMAIL || "admin@example.com",
    password: process.env.DEMO_ADMIN_PASSWORD || "supersecret",
  }
}

/**
 * An admin who can log in to the dashboard, created the way `medusa user` does
 * it: a user, an emailpass identity registered through the Auth module (which
 * hashes the password), and the identity pointed at the user. On a re-run the
 * password is reset to the configured one, so the printed login always works.
 */
export async function seedAdmin(container: MedusaContainer): Promise<DemoAdmin> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const { email, password } = demoAdminLogin()

  let [user] = await users.listUsers({ email }, { select: ["id"], take: 1 })
  if (!user) {
    const {
      result: [created],
    } = await createUsersWorkflow(container).run({
      input: {
        users: [{ email, first_name: "Demo", last_name: "Admin", roles: await superAdminRoles() }],
      },
    })
    user = created
  }

  const [identity] = await auth.listProviderIdentities(
    { entity_id: email, provider: PROVIDER },
    { select: ["id", "auth_identity_id"], take: 1 }
  )
  let authIdentityId: string
  if (identity) {
    const updated = await auth.updateProvider(PROVIDER, { entity_id: email, password })
    if (!updated.success) {
      throw new Error(`Could not reset the password of ${email}: ${updated.error}`)
    }
    authIdentityId = identity.auth_identity_id!
  } else {
    const registered = await auth.register(PROVIDER, { body: { email, password } })
    if (!registered.success || !registered.authIdentity) {
      throw new Error(`Could not register ${email}: ${registered.error}`)
    }
    authIdentityId = registered.authIdentity.id
  }
  const authIdentity = await auth.retrieveAuthIdentity(authIdentityId)
  if (authIdentity.app_metadata?.user_id !== user.id) {
    await auth.updateAuthIdentities({
      id: authIdentityId,
      app_metadata: { ...authIdentity.app_metadata, user_id: user.id },
    })
  }
  logger.info(`Demo admin ${email} can log in`)
  return { id: user.id, email, password }

  async function superAdminRoles(): Promise<string[]> {
    if (!FeatureFlag.isFeatureEnabled("rbac")) return []
    const rbac = container.resolve(Modules.RBAC)
    const roles = await rbac.listRbacRoles({ id: "role_super_admin" })
    return roles.map((role) => role.id)
  }
}
