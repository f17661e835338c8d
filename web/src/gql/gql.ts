/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      ...AccountFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    name\n    language\n    isAdmin\n    createdAt\n    jobTitle\n    phone\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AccountFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetupFirstAdmin($token: String!, $email: String!, $name: String!, $password: String!) {\n    setupFirstAdmin(token: $token, email: $email, name: $name, password: $password) {\n      ...AccountFields\n    }\n  }\n": typeof types.SetupFirstAdminDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $new: String!) {\n    resetPassword(token: $token, new: $new)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation UpdateProfile($name: String, $language: Language, $jobTitle: String, $phone: String) {\n    updateProfile(name: $name, language: $language, jobTitle: $jobTitle, phone: $phone) {\n      ...AccountFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      ip\n      current\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  fragment ThreadListFields on Thread {\n    id\n    title\n    kind\n    category {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    lastActivityAt\n    tags\n    replyCount\n    unreadCount\n    isNew\n    answered\n    deletedAt\n  }\n": typeof types.ThreadListFieldsFragmentDoc,
    "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n  }\n": typeof types.CategoryFieldsFragmentDoc,
    "\n  query Categories($groupId: ID!) {\n    categories(groupId: $groupId) {\n      ...CategoryFields\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  mutation CreateCategory($groupId: ID!, $input: CategoryInput!) {\n    createCategory(groupId: $groupId, input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.DeleteCategoryDocument,
    "\n  query Threads(\n    $groupId: ID!\n    $filter: ThreadFilter\n    $sort: ThreadSort\n    $first: Int\n    $after: String\n  ) {\n    threads(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ThreadListFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ThreadsDocument,
    "\n  fragment ThreadLinkFields on Thread {\n    id\n    title\n    kind\n    lastActivityAt\n    unreadCount\n    isNew\n    group {\n      id\n      name\n    }\n  }\n": typeof types.ThreadLinkFieldsFragmentDoc,
    "\n  query LatestThreads($groupId: ID!, $first: Int) {\n    threads(groupId: $groupId, first: $first) {\n      nodes {\n        ...ThreadLinkFields\n      }\n    }\n  }\n": typeof types.LatestThreadsDocument,
    "\n  query WhatsNew($first: Int) {\n    whatsNew {\n      unreadThreads(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      latestThreads(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      openQuestions(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      mentions(first: $first) {\n        nodes {\n          id\n          kind\n          actor {\n            id\n            name\n          }\n          groupId\n          groupName\n          threadId\n          threadTitle\n          postSeq\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.WhatsNewDocument,
    "\n  mutation StartThread($groupId: ID!, $input: StartThreadInput!) {\n    startThread(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  fragment PostFields on Post {\n    id\n    seq\n    depth\n    parent {\n      id\n      seq\n      author {\n        id\n        name\n      }\n      deleted\n    }\n    author {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n    bodyHtml\n    isOpeningPost\n    isAcceptedAnswer\n    version\n    createdAt\n    editedAt\n    deletedAt\n    canEdit\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n      people {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  fragment ThreadFields on Thread {\n    id\n    title\n    kind\n    category {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    tags\n    createdAt\n    replyCount\n    lastSeq\n    unreadCount\n    lastReadSeq\n    answered\n    canEdit\n    deletedAt\n    myWatchLevel\n    acceptedAnswer {\n      id\n    }\n    firstUnreadPost {\n      id\n      seq\n    }\n    notice {\n      ...NoticeFields\n    }\n    link {\n      ...LinkFields\n    }\n  }\n": typeof types.ThreadFieldsFragmentDoc,
    "\n  query Thread(\n    $id: ID!\n    $order: PostOrder\n    $first: Int\n    $after: String\n    $before: String\n    $fromSeq: Int\n  ) {\n    thread(id: $id) {\n      ...ThreadFields\n      posts(order: $order, first: $first, after: $after, before: $before, fromSeq: $fromSeq) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n": typeof types.PostDocument,
    "\n  query PostSource($id: ID!) {\n    post(id: $id) {\n      id\n      body\n      version\n    }\n  }\n": typeof types.PostSourceDocument,
    "\n  mutation Reply($threadId: ID!, $parentPostId: ID, $body: String!) {\n    reply(threadId: $threadId, parentPostId: $parentPostId, body: $body) {\n      ...PostFields\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation EditPost($postId: ID!, $body: String!, $version: Int!) {\n    editPost(postId: $postId, body: $body, version: $version) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation RestorePost($postId: ID!) {\n    restorePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": typeof types.RestorePostDocument,
    "\n  mutation React($postId: ID!, $reaction: Reaction!) {\n    react(postId: $postId, reaction: $reaction) {\n      ...PostFields\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($postId: ID!, $reaction: Reaction!) {\n    unreact(postId: $postId, reaction: $reaction) {\n      ...PostFields\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadFields\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation EditThread($threadId: ID!, $input: EditThreadInput!) {\n    editThread(threadId: $threadId, input: $input) {\n      ...ThreadFields\n    }\n  }\n": typeof types.EditThreadDocument,
    "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      ...ThreadFields\n    }\n  }\n": typeof types.UnacceptAnswerDocument,
    "\n  mutation MarkPostsSeen($threadId: ID!, $seqs: [Int!]!) {\n    markPostsSeen(threadId: $threadId, seqs: $seqs) {\n      id\n      unreadCount\n      lastReadSeq\n    }\n  }\n": typeof types.MarkPostsSeenDocument,
    "\n  subscription ThreadEvents($threadId: ID!) {\n    threadEvents(threadId: $threadId) {\n      type\n      threadId\n      postId\n    }\n  }\n": typeof types.ThreadEventsDocument,
    "\n  query PreviewPost($groupId: ID!, $body: String!) {\n    previewPost(groupId: $groupId, body: $body)\n  }\n": typeof types.PreviewPostDocument,
    "\n  query MentionCandidates($groupId: ID!, $search: String!) {\n    mentionCandidates(groupId: $groupId, search: $search) {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query Draft($groupId: ID!, $threadId: ID, $parentPostId: ID) {\n    draft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId) {\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.DraftDocument,
    "\n  mutation SaveDraft(\n    $groupId: ID!\n    $threadId: ID\n    $parentPostId: ID\n    $title: String\n    $body: String!\n  ) {\n    saveDraft(\n      groupId: $groupId\n      threadId: $threadId\n      parentPostId: $parentPostId\n      title: $title\n      body: $body\n    ) {\n      updatedAt\n    }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation DiscardDraft($groupId: ID!, $threadId: ID, $parentPostId: ID) {\n    discardDraft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId)\n  }\n": typeof types.DiscardDraftDocument,
    "\n  query PostRevisions($id: ID!) {\n    post(id: $id) {\n      id\n      revisions {\n        version\n        editor {\n          id\n          name\n        }\n        createdAt\n        diff {\n          change\n          text\n        }\n      }\n    }\n  }\n": typeof types.PostRevisionsDocument,
    "\n  mutation SetWatchLevel($threadId: ID!, $level: WatchLevel!) {\n    setWatchLevel(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n": typeof types.SetWatchLevelDocument,
    "\n  mutation MarkAllRead($groupId: ID!) {\n    markAllRead(groupId: $groupId)\n  }\n": typeof types.MarkAllReadDocument,
    "\n  subscription GroupEvents($groupId: ID!) {\n    groupEvents(groupId: $groupId) {\n      type\n      threadId\n    }\n  }\n": typeof types.GroupEventsDocument,
    "\n  fragment GroupFields on Group {\n    id\n    name\n    description\n    descriptionHtml\n    visibility\n    joinPolicy\n    noticePosting\n    myRole\n    canModerate\n    memberCount\n    createdAt\n    myJoinRequest {\n      id\n      createdAt\n    }\n  }\n": typeof types.GroupFieldsFragmentDoc,
    "\n  query Groups($first: Int, $after: String) {\n    groups(first: $first, after: $after) {\n      nodes {\n        ...GroupFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupFields\n      openJoinRequestCount\n    }\n  }\n": typeof types.GroupDocument,
    "\n  mutation CreateGroup($input: GroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: GroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  fragment MembershipFields on Membership {\n    role\n    joinedAt\n    person {\n      id\n      name\n      jobTitle\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MembershipFieldsFragmentDoc,
    "\n  query Members(\n    $groupId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $role: GroupRole\n    $organizationId: ID\n  ) {\n    members(\n      groupId: $groupId\n      first: $first\n      after: $after\n      search: $search\n      role: $role\n      organizationId: $organizationId\n    ) {\n      nodes {\n        ...MembershipFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation SetMemberRole($groupId: ID!, $accountId: ID!, $role: GroupRole!) {\n    setMemberRole(groupId: $groupId, accountId: $accountId, role: $role) {\n      ...MembershipFields\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($groupId: ID!, $accountId: ID!) {\n    removeMember(groupId: $groupId, accountId: $accountId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    message\n    status\n    createdAt\n    expiresAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($id: ID!, $first: Int, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: $first, after: $after) {\n        nodes {\n          ...InvitationFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteToGroup(\n    $groupId: ID!\n    $emails: [String!]!\n    $role: GroupRole!\n    $message: String\n    $organizationId: ID\n  ) {\n    inviteToGroup(\n      groupId: $groupId\n      emails: $emails\n      role: $role\n      message: $message\n      organizationId: $organizationId\n    ) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteToGroupDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      groupName\n      inviterName\n      email\n      accountExists\n      organizationName\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      id\n      name\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query JoinRequests($id: ID!, $first: Int, $after: String) {\n    group(id: $id) {\n      id\n      joinRequests(first: $first, after: $after) {\n        nodes {\n          id\n          message\n          createdAt\n          person {\n            id\n            name\n            organization {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.JoinRequestsDocument,
    "\n  mutation RequestToJoin($groupId: ID!, $message: String) {\n    requestToJoin(groupId: $groupId, message: $message) {\n      id\n      createdAt\n    }\n  }\n": typeof types.RequestToJoinDocument,
    "\n  mutation WithdrawJoinRequest($requestId: ID!) {\n    withdrawJoinRequest(requestId: $requestId)\n  }\n": typeof types.WithdrawJoinRequestDocument,
    "\n  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {\n    decideJoinRequest(requestId: $requestId, approve: $approve) {\n      id\n      status\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  fragment LinkFields on Link {\n    id\n    url\n    title\n    description\n    descriptionHtml\n    tags\n    version\n    deleted\n    threadId\n    openingPostId\n    commentCount\n    unreadCount\n    viewerCanEdit\n    createdAt\n    checkStatus\n    checkReason\n    checkDetail\n    movedTo\n    checkedAt\n    group {\n      id\n    }\n    author {\n      id\n      name\n    }\n  }\n": typeof types.LinkFieldsFragmentDoc,
    "\n  query Links($groupId: ID!, $filter: LinkFilter, $sort: LinkSort, $first: Int, $after: String) {\n    links(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...LinkFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LinksDocument,
    "\n  query LinkChecks($groupId: ID!, $first: Int, $after: String) {\n    linkChecks(groupId: $groupId, first: $first, after: $after) {\n      nodes {\n        ...LinkFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LinkChecksDocument,
    "\n  query Link($id: ID!) {\n    link(id: $id) {\n      ...LinkFields\n    }\n  }\n": typeof types.LinkDocument,
    "\n  query LinkPreview($groupId: ID!, $url: String!) {\n    linkPreview(groupId: $groupId, url: $url) {\n      normalisedUrl\n      title\n      description\n      existing {\n        ...LinkFields\n      }\n    }\n  }\n": typeof types.LinkPreviewDocument,
    "\n  mutation AddLink($groupId: ID!, $input: LinkInput!) {\n    addLink(groupId: $groupId, input: $input) {\n      existing\n      link {\n        ...LinkFields\n      }\n    }\n  }\n": typeof types.AddLinkDocument,
    "\n  mutation EditLink($id: ID!, $version: Int!, $input: LinkInput!) {\n    editLink(id: $id, version: $version, input: $input) {\n      ...LinkFields\n    }\n  }\n": typeof types.EditLinkDocument,
    "\n  mutation CheckLink($id: ID!) {\n    checkLink(id: $id) {\n      ...LinkFields\n    }\n  }\n": typeof types.CheckLinkDocument,
    "\n  mutation ApplyMovedUrl($id: ID!) {\n    applyMovedUrl(id: $id) {\n      ...LinkFields\n    }\n  }\n": typeof types.ApplyMovedUrlDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    title\n    bodyHtml\n    important\n    expiresAt\n    expired\n    deleted\n    pinned\n    version\n    threadId\n    openingPostId\n    commentCount\n    isNew\n    unreadCount\n    viewerCanEdit\n    createdAt\n    editedAt\n    group {\n      id\n      name\n      myRole\n    }\n    author {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n    acknowledgementRequest {\n      id\n      mode\n      deadline\n      open\n      closedAt\n      myAcknowledgedAt\n      myOfficeAcknowledgedAt\n    }\n  }\n": typeof types.NoticeFieldsFragmentDoc,
    "\n  query Notices($groupId: ID!, $list: NoticeList, $first: Int, $after: String) {\n    notices(groupId: $groupId, list: $list, first: $first, after: $after) {\n      nodes {\n        ...NoticeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  query Pinboard($first: Int, $after: String) {\n    pinboard(first: $first, after: $after) {\n      nodes {\n        ...NoticeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PinboardDocument,
    "\n  query Notice($id: ID!) {\n    notice(id: $id) {\n      ...NoticeFields\n      thread {\n        id\n        openingPost {\n          id\n          body\n        }\n      }\n    }\n  }\n": typeof types.NoticeDocument,
    "\n  mutation PostNotice($groupId: ID!, $input: NoticeInput!) {\n    postNotice(groupId: $groupId, input: $input) {\n      ...NoticeFields\n    }\n  }\n": typeof types.PostNoticeDocument,
    "\n  mutation EditNotice($id: ID!, $version: Int!, $input: NoticeInput!) {\n    editNotice(id: $id, version: $version, input: $input) {\n      ...NoticeFields\n    }\n  }\n": typeof types.EditNoticeDocument,
    "\n  mutation PinNotice($id: ID!, $pinned: Boolean!) {\n    pinNotice(id: $id, pinned: $pinned) {\n      ...NoticeFields\n    }\n  }\n": typeof types.PinNoticeDocument,
    "\n  mutation MoveNotice($id: ID!, $to: PinMove!) {\n    moveNotice(id: $id, to: $to) {\n      ...NoticeFields\n    }\n  }\n": typeof types.MoveNoticeDocument,
    "\n  mutation RequestAcknowledgement(\n    $noticeId: ID!\n    $mode: AcknowledgementMode!\n    $deadline: DateTime!\n  ) {\n    requestAcknowledgement(noticeId: $noticeId, mode: $mode, deadline: $deadline) {\n      ...NoticeFields\n    }\n  }\n": typeof types.RequestAcknowledgementDocument,
    "\n  mutation AcknowledgeNotice($id: ID!) {\n    acknowledgeNotice(id: $id) {\n      ...NoticeFields\n    }\n  }\n": typeof types.AcknowledgeNoticeDocument,
    "\n  mutation CloseAcknowledgementRequest($id: ID!) {\n    closeAcknowledgementRequest(id: $id) {\n      ...NoticeFields\n    }\n  }\n": typeof types.CloseAcknowledgementRequestDocument,
    "\n  mutation RemindMissingAcknowledgements($id: ID!) {\n    remindMissingAcknowledgements(id: $id)\n  }\n": typeof types.RemindMissingAcknowledgementsDocument,
    "\n  query Coverage($noticeId: ID!) {\n    notice(id: $noticeId) {\n      ...NoticeFields\n      acknowledgementRequest {\n        id\n        requestedAt\n        lastRemindedAt\n        requestedBy {\n          id\n          name\n        }\n        coverage {\n          covered\n          total\n          frozen\n          units {\n            name\n            isOffice\n            officeName\n            coveredAt\n            acknowledgements {\n              name\n              acknowledgedAt\n              stillMember\n            }\n          }\n          history {\n            at\n            covered\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationLineFields on CollapsedNotification {\n    count\n    latest {\n      id\n      kind\n      actor {\n        id\n        name\n      }\n      groupId\n      groupName\n      threadId\n      threadTitle\n      postSeq\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationLineFieldsFragmentDoc,
    "\n  query CollapsedNotifications($first: Int, $after: String) {\n    collapsedNotifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationLineFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CollapsedNotificationsDocument,
    "\n  mutation MarkThreadNotificationsRead($threadId: ID!, $upToSeq: Int!) {\n    markThreadNotificationsRead(threadId: $threadId, upToSeq: $upToSeq)\n  }\n": typeof types.MarkThreadNotificationsReadDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  subscription ViewerEvents {\n    viewerEvents {\n      type\n    }\n  }\n": typeof types.ViewerEventsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    kind\n    municipality\n    region {\n      id\n      name\n    }\n    description\n    contactEmail\n    contactPhone\n    website\n  }\n": typeof types.OrganizationFieldsFragmentDoc,
    "\n  query Regions {\n    regions {\n      id\n      name\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Organizations($first: Int, $after: String, $search: String, $regionId: ID) {\n    organizations(first: $first, after: $after, search: $search, regionId: $regionId) {\n      nodes {\n        id\n        name\n        kind\n        municipality\n        region {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query OrganizationMembers($id: ID!, $first: Int, $after: String) {\n    organization(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        nodes {\n          id\n          name\n          isAdmin\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query People($first: Int, $after: String, $search: String, $organizationId: ID) {\n    people(first: $first, after: $after, search: $search, organizationId: $organizationId) {\n      nodes {\n        id\n        name\n        isAdmin\n        organization {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    isAdmin\n    email\n    jobTitle\n    phone\n    organization {\n      id\n      name\n      municipality\n    }\n    sharedGroups {\n      id\n      name\n      myRole\n      visibility\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation SetAccountOrganization($accountId: ID!, $organizationId: ID) {\n    setAccountOrganization(accountId: $accountId, organizationId: $organizationId) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetAccountOrganizationDocument,
    "\n  mutation HandOver($fromAccountId: ID!, $toAccountId: ID!) {\n    handOver(fromAccountId: $fromAccountId, toAccountId: $toAccountId)\n  }\n": typeof types.HandOverDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      ...AccountFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment AccountFields on Account {\n    id\n    email\n    name\n    language\n    isAdmin\n    createdAt\n    jobTitle\n    phone\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AccountFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SetupFirstAdmin($token: String!, $email: String!, $name: String!, $password: String!) {\n    setupFirstAdmin(token: $token, email: $email, name: $name, password: $password) {\n      ...AccountFields\n    }\n  }\n": types.SetupFirstAdminDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $new: String!) {\n    resetPassword(token: $token, new: $new)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation UpdateProfile($name: String, $language: Language, $jobTitle: String, $phone: String) {\n    updateProfile(name: $name, language: $language, jobTitle: $jobTitle, phone: $phone) {\n      ...AccountFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": types.ChangePasswordDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  fragment ThreadListFields on Thread {\n    id\n    title\n    kind\n    category {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    lastActivityAt\n    tags\n    replyCount\n    unreadCount\n    isNew\n    answered\n    deletedAt\n  }\n": types.ThreadListFieldsFragmentDoc,
    "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n  }\n": types.CategoryFieldsFragmentDoc,
    "\n  query Categories($groupId: ID!) {\n    categories(groupId: $groupId) {\n      ...CategoryFields\n    }\n  }\n": types.CategoriesDocument,
    "\n  mutation CreateCategory($groupId: ID!, $input: CategoryInput!) {\n    createCategory(groupId: $groupId, input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.DeleteCategoryDocument,
    "\n  query Threads(\n    $groupId: ID!\n    $filter: ThreadFilter\n    $sort: ThreadSort\n    $first: Int\n    $after: String\n  ) {\n    threads(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ThreadListFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ThreadsDocument,
    "\n  fragment ThreadLinkFields on Thread {\n    id\n    title\n    kind\n    lastActivityAt\n    unreadCount\n    isNew\n    group {\n      id\n      name\n    }\n  }\n": types.ThreadLinkFieldsFragmentDoc,
    "\n  query LatestThreads($groupId: ID!, $first: Int) {\n    threads(groupId: $groupId, first: $first) {\n      nodes {\n        ...ThreadLinkFields\n      }\n    }\n  }\n": types.LatestThreadsDocument,
    "\n  query WhatsNew($first: Int) {\n    whatsNew {\n      unreadThreads(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      latestThreads(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      openQuestions(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      mentions(first: $first) {\n        nodes {\n          id\n          kind\n          actor {\n            id\n            name\n          }\n          groupId\n          groupName\n          threadId\n          threadTitle\n          postSeq\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.WhatsNewDocument,
    "\n  mutation StartThread($groupId: ID!, $input: StartThreadInput!) {\n    startThread(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n": types.StartThreadDocument,
    "\n  fragment PostFields on Post {\n    id\n    seq\n    depth\n    parent {\n      id\n      seq\n      author {\n        id\n        name\n      }\n      deleted\n    }\n    author {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n    bodyHtml\n    isOpeningPost\n    isAcceptedAnswer\n    version\n    createdAt\n    editedAt\n    deletedAt\n    canEdit\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n      people {\n        id\n        name\n      }\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  fragment ThreadFields on Thread {\n    id\n    title\n    kind\n    category {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    tags\n    createdAt\n    replyCount\n    lastSeq\n    unreadCount\n    lastReadSeq\n    answered\n    canEdit\n    deletedAt\n    myWatchLevel\n    acceptedAnswer {\n      id\n    }\n    firstUnreadPost {\n      id\n      seq\n    }\n    notice {\n      ...NoticeFields\n    }\n    link {\n      ...LinkFields\n    }\n  }\n": types.ThreadFieldsFragmentDoc,
    "\n  query Thread(\n    $id: ID!\n    $order: PostOrder\n    $first: Int\n    $after: String\n    $before: String\n    $fromSeq: Int\n  ) {\n    thread(id: $id) {\n      ...ThreadFields\n      posts(order: $order, first: $first, after: $after, before: $before, fromSeq: $fromSeq) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n": types.PostDocument,
    "\n  query PostSource($id: ID!) {\n    post(id: $id) {\n      id\n      body\n      version\n    }\n  }\n": types.PostSourceDocument,
    "\n  mutation Reply($threadId: ID!, $parentPostId: ID, $body: String!) {\n    reply(threadId: $threadId, parentPostId: $parentPostId, body: $body) {\n      ...PostFields\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation EditPost($postId: ID!, $body: String!, $version: Int!) {\n    editPost(postId: $postId, body: $body, version: $version) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation RestorePost($postId: ID!) {\n    restorePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n": types.RestorePostDocument,
    "\n  mutation React($postId: ID!, $reaction: Reaction!) {\n    react(postId: $postId, reaction: $reaction) {\n      ...PostFields\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($postId: ID!, $reaction: Reaction!) {\n    unreact(postId: $postId, reaction: $reaction) {\n      ...PostFields\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadFields\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation EditThread($threadId: ID!, $input: EditThreadInput!) {\n    editThread(threadId: $threadId, input: $input) {\n      ...ThreadFields\n    }\n  }\n": types.EditThreadDocument,
    "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      ...ThreadFields\n    }\n  }\n": types.UnacceptAnswerDocument,
    "\n  mutation MarkPostsSeen($threadId: ID!, $seqs: [Int!]!) {\n    markPostsSeen(threadId: $threadId, seqs: $seqs) {\n      id\n      unreadCount\n      lastReadSeq\n    }\n  }\n": types.MarkPostsSeenDocument,
    "\n  subscription ThreadEvents($threadId: ID!) {\n    threadEvents(threadId: $threadId) {\n      type\n      threadId\n      postId\n    }\n  }\n": types.ThreadEventsDocument,
    "\n  query PreviewPost($groupId: ID!, $body: String!) {\n    previewPost(groupId: $groupId, body: $body)\n  }\n": types.PreviewPostDocument,
    "\n  query MentionCandidates($groupId: ID!, $search: String!) {\n    mentionCandidates(groupId: $groupId, search: $search) {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query Draft($groupId: ID!, $threadId: ID, $parentPostId: ID) {\n    draft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId) {\n      title\n      body\n      updatedAt\n    }\n  }\n": types.DraftDocument,
    "\n  mutation SaveDraft(\n    $groupId: ID!\n    $threadId: ID\n    $parentPostId: ID\n    $title: String\n    $body: String!\n  ) {\n    saveDraft(\n      groupId: $groupId\n      threadId: $threadId\n      parentPostId: $parentPostId\n      title: $title\n      body: $body\n    ) {\n      updatedAt\n    }\n  }\n": types.SaveDraftDocument,
    "\n  mutation DiscardDraft($groupId: ID!, $threadId: ID, $parentPostId: ID) {\n    discardDraft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId)\n  }\n": types.DiscardDraftDocument,
    "\n  query PostRevisions($id: ID!) {\n    post(id: $id) {\n      id\n      revisions {\n        version\n        editor {\n          id\n          name\n        }\n        createdAt\n        diff {\n          change\n          text\n        }\n      }\n    }\n  }\n": types.PostRevisionsDocument,
    "\n  mutation SetWatchLevel($threadId: ID!, $level: WatchLevel!) {\n    setWatchLevel(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n": types.SetWatchLevelDocument,
    "\n  mutation MarkAllRead($groupId: ID!) {\n    markAllRead(groupId: $groupId)\n  }\n": types.MarkAllReadDocument,
    "\n  subscription GroupEvents($groupId: ID!) {\n    groupEvents(groupId: $groupId) {\n      type\n      threadId\n    }\n  }\n": types.GroupEventsDocument,
    "\n  fragment GroupFields on Group {\n    id\n    name\n    description\n    descriptionHtml\n    visibility\n    joinPolicy\n    noticePosting\n    myRole\n    canModerate\n    memberCount\n    createdAt\n    myJoinRequest {\n      id\n      createdAt\n    }\n  }\n": types.GroupFieldsFragmentDoc,
    "\n  query Groups($first: Int, $after: String) {\n    groups(first: $first, after: $after) {\n      nodes {\n        ...GroupFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupFields\n      openJoinRequestCount\n    }\n  }\n": types.GroupDocument,
    "\n  mutation CreateGroup($input: GroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: GroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFields\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  fragment MembershipFields on Membership {\n    role\n    joinedAt\n    person {\n      id\n      name\n      jobTitle\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MembershipFieldsFragmentDoc,
    "\n  query Members(\n    $groupId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $role: GroupRole\n    $organizationId: ID\n  ) {\n    members(\n      groupId: $groupId\n      first: $first\n      after: $after\n      search: $search\n      role: $role\n      organizationId: $organizationId\n    ) {\n      nodes {\n        ...MembershipFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation SetMemberRole($groupId: ID!, $accountId: ID!, $role: GroupRole!) {\n    setMemberRole(groupId: $groupId, accountId: $accountId, role: $role) {\n      ...MembershipFields\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($groupId: ID!, $accountId: ID!) {\n    removeMember(groupId: $groupId, accountId: $accountId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.LeaveGroupDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    message\n    status\n    createdAt\n    expiresAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($id: ID!, $first: Int, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: $first, after: $after) {\n        nodes {\n          ...InvitationFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteToGroup(\n    $groupId: ID!\n    $emails: [String!]!\n    $role: GroupRole!\n    $message: String\n    $organizationId: ID\n  ) {\n    inviteToGroup(\n      groupId: $groupId\n      emails: $emails\n      role: $role\n      message: $message\n      organizationId: $organizationId\n    ) {\n      ...InvitationFields\n    }\n  }\n": types.InviteToGroupDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      groupName\n      inviterName\n      email\n      accountExists\n      organizationName\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      id\n      name\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query JoinRequests($id: ID!, $first: Int, $after: String) {\n    group(id: $id) {\n      id\n      joinRequests(first: $first, after: $after) {\n        nodes {\n          id\n          message\n          createdAt\n          person {\n            id\n            name\n            organization {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.JoinRequestsDocument,
    "\n  mutation RequestToJoin($groupId: ID!, $message: String) {\n    requestToJoin(groupId: $groupId, message: $message) {\n      id\n      createdAt\n    }\n  }\n": types.RequestToJoinDocument,
    "\n  mutation WithdrawJoinRequest($requestId: ID!) {\n    withdrawJoinRequest(requestId: $requestId)\n  }\n": types.WithdrawJoinRequestDocument,
    "\n  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {\n    decideJoinRequest(requestId: $requestId, approve: $approve) {\n      id\n      status\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  fragment LinkFields on Link {\n    id\n    url\n    title\n    description\n    descriptionHtml\n    tags\n    version\n    deleted\n    threadId\n    openingPostId\n    commentCount\n    unreadCount\n    viewerCanEdit\n    createdAt\n    checkStatus\n    checkReason\n    checkDetail\n    movedTo\n    checkedAt\n    group {\n      id\n    }\n    author {\n      id\n      name\n    }\n  }\n": types.LinkFieldsFragmentDoc,
    "\n  query Links($groupId: ID!, $filter: LinkFilter, $sort: LinkSort, $first: Int, $after: String) {\n    links(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...LinkFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LinksDocument,
    "\n  query LinkChecks($groupId: ID!, $first: Int, $after: String) {\n    linkChecks(groupId: $groupId, first: $first, after: $after) {\n      nodes {\n        ...LinkFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LinkChecksDocument,
    "\n  query Link($id: ID!) {\n    link(id: $id) {\n      ...LinkFields\n    }\n  }\n": types.LinkDocument,
    "\n  query LinkPreview($groupId: ID!, $url: String!) {\n    linkPreview(groupId: $groupId, url: $url) {\n      normalisedUrl\n      title\n      description\n      existing {\n        ...LinkFields\n      }\n    }\n  }\n": types.LinkPreviewDocument,
    "\n  mutation AddLink($groupId: ID!, $input: LinkInput!) {\n    addLink(groupId: $groupId, input: $input) {\n      existing\n      link {\n        ...LinkFields\n      }\n    }\n  }\n": types.AddLinkDocument,
    "\n  mutation EditLink($id: ID!, $version: Int!, $input: LinkInput!) {\n    editLink(id: $id, version: $version, input: $input) {\n      ...LinkFields\n    }\n  }\n": types.EditLinkDocument,
    "\n  mutation CheckLink($id: ID!) {\n    checkLink(id: $id) {\n      ...LinkFields\n    }\n  }\n": types.CheckLinkDocument,
    "\n  mutation ApplyMovedUrl($id: ID!) {\n    applyMovedUrl(id: $id) {\n      ...LinkFields\n    }\n  }\n": types.ApplyMovedUrlDocument,
    "\n  fragment NoticeFields on Notice {\n    id\n    title\n    bodyHtml\n    important\n    expiresAt\n    expired\n    deleted\n    pinned\n    version\n    threadId\n    openingPostId\n    commentCount\n    isNew\n    unreadCount\n    viewerCanEdit\n    createdAt\n    editedAt\n    group {\n      id\n      name\n      myRole\n    }\n    author {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n    acknowledgementRequest {\n      id\n      mode\n      deadline\n      open\n      closedAt\n      myAcknowledgedAt\n      myOfficeAcknowledgedAt\n    }\n  }\n": types.NoticeFieldsFragmentDoc,
    "\n  query Notices($groupId: ID!, $list: NoticeList, $first: Int, $after: String) {\n    notices(groupId: $groupId, list: $list, first: $first, after: $after) {\n      nodes {\n        ...NoticeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NoticesDocument,
    "\n  query Pinboard($first: Int, $after: String) {\n    pinboard(first: $first, after: $after) {\n      nodes {\n        ...NoticeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PinboardDocument,
    "\n  query Notice($id: ID!) {\n    notice(id: $id) {\n      ...NoticeFields\n      thread {\n        id\n        openingPost {\n          id\n          body\n        }\n      }\n    }\n  }\n": types.NoticeDocument,
    "\n  mutation PostNotice($groupId: ID!, $input: NoticeInput!) {\n    postNotice(groupId: $groupId, input: $input) {\n      ...NoticeFields\n    }\n  }\n": types.PostNoticeDocument,
    "\n  mutation EditNotice($id: ID!, $version: Int!, $input: NoticeInput!) {\n    editNotice(id: $id, version: $version, input: $input) {\n      ...NoticeFields\n    }\n  }\n": types.EditNoticeDocument,
    "\n  mutation PinNotice($id: ID!, $pinned: Boolean!) {\n    pinNotice(id: $id, pinned: $pinned) {\n      ...NoticeFields\n    }\n  }\n": types.PinNoticeDocument,
    "\n  mutation MoveNotice($id: ID!, $to: PinMove!) {\n    moveNotice(id: $id, to: $to) {\n      ...NoticeFields\n    }\n  }\n": types.MoveNoticeDocument,
    "\n  mutation RequestAcknowledgement(\n    $noticeId: ID!\n    $mode: AcknowledgementMode!\n    $deadline: DateTime!\n  ) {\n    requestAcknowledgement(noticeId: $noticeId, mode: $mode, deadline: $deadline) {\n      ...NoticeFields\n    }\n  }\n": types.RequestAcknowledgementDocument,
    "\n  mutation AcknowledgeNotice($id: ID!) {\n    acknowledgeNotice(id: $id) {\n      ...NoticeFields\n    }\n  }\n": types.AcknowledgeNoticeDocument,
    "\n  mutation CloseAcknowledgementRequest($id: ID!) {\n    closeAcknowledgementRequest(id: $id) {\n      ...NoticeFields\n    }\n  }\n": types.CloseAcknowledgementRequestDocument,
    "\n  mutation RemindMissingAcknowledgements($id: ID!) {\n    remindMissingAcknowledgements(id: $id)\n  }\n": types.RemindMissingAcknowledgementsDocument,
    "\n  query Coverage($noticeId: ID!) {\n    notice(id: $noticeId) {\n      ...NoticeFields\n      acknowledgementRequest {\n        id\n        requestedAt\n        lastRemindedAt\n        requestedBy {\n          id\n          name\n        }\n        coverage {\n          covered\n          total\n          frozen\n          units {\n            name\n            isOffice\n            officeName\n            coveredAt\n            acknowledgements {\n              name\n              acknowledgedAt\n              stillMember\n            }\n          }\n          history {\n            at\n            covered\n          }\n        }\n      }\n    }\n  }\n": types.CoverageDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationLineFields on CollapsedNotification {\n    count\n    latest {\n      id\n      kind\n      actor {\n        id\n        name\n      }\n      groupId\n      groupName\n      threadId\n      threadTitle\n      postSeq\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationLineFieldsFragmentDoc,
    "\n  query CollapsedNotifications($first: Int, $after: String) {\n    collapsedNotifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationLineFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CollapsedNotificationsDocument,
    "\n  mutation MarkThreadNotificationsRead($threadId: ID!, $upToSeq: Int!) {\n    markThreadNotificationsRead(threadId: $threadId, upToSeq: $upToSeq)\n  }\n": types.MarkThreadNotificationsReadDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  subscription ViewerEvents {\n    viewerEvents {\n      type\n    }\n  }\n": types.ViewerEventsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    kind\n    municipality\n    region {\n      id\n      name\n    }\n    description\n    contactEmail\n    contactPhone\n    website\n  }\n": types.OrganizationFieldsFragmentDoc,
    "\n  query Regions {\n    regions {\n      id\n      name\n    }\n  }\n": types.RegionsDocument,
    "\n  query Organizations($first: Int, $after: String, $search: String, $regionId: ID) {\n    organizations(first: $first, after: $after, search: $search, regionId: $regionId) {\n      nodes {\n        id\n        name\n        kind\n        municipality\n        region {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n": types.OrganizationDocument,
    "\n  query OrganizationMembers($id: ID!, $first: Int, $after: String) {\n    organization(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        nodes {\n          id\n          name\n          isAdmin\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OrganizationMembersDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query People($first: Int, $after: String, $search: String, $organizationId: ID) {\n    people(first: $first, after: $after, search: $search, organizationId: $organizationId) {\n      nodes {\n        id\n        name\n        isAdmin\n        organization {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment PersonFields on Person {\n    id\n    name\n    isAdmin\n    email\n    jobTitle\n    phone\n    organization {\n      id\n      name\n      municipality\n    }\n    sharedGroups {\n      id\n      name\n      myRole\n      visibility\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n": types.PersonDocument,
    "\n  mutation SetAccountOrganization($accountId: ID!, $organizationId: ID) {\n    setAccountOrganization(accountId: $accountId, organizationId: $organizationId) {\n      ...PersonFields\n    }\n  }\n": types.SetAccountOrganizationDocument,
    "\n  mutation HandOver($fromAccountId: ID!, $toAccountId: ID!) {\n    handOver(fromAccountId: $fromAccountId, toAccountId: $toAccountId)\n  }\n": types.HandOverDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    name\n    language\n    isAdmin\n    createdAt\n    jobTitle\n    phone\n  }\n"): typeof import('./graphql').AccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupFirstAdmin($token: String!, $email: String!, $name: String!, $password: String!) {\n    setupFirstAdmin(token: $token, email: $email, name: $name, password: $password) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').SetupFirstAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $new: String!) {\n    resetPassword(token: $token, new: $new)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($name: String, $language: Language, $jobTitle: String, $phone: String) {\n    updateProfile(name: $name, language: $language, jobTitle: $jobTitle, phone: $phone) {\n      ...AccountFields\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      ip\n      current\n    }\n  }\n"): typeof import('./graphql').SessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadListFields on Thread {\n    id\n    title\n    kind\n    category {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    lastActivityAt\n    tags\n    replyCount\n    unreadCount\n    isNew\n    answered\n    deletedAt\n  }\n"): typeof import('./graphql').ThreadListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryFields on Category {\n    id\n    name\n    description\n    position\n  }\n"): typeof import('./graphql').CategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories($groupId: ID!) {\n    categories(groupId: $groupId) {\n      ...CategoryFields\n    }\n  }\n"): typeof import('./graphql').CategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($groupId: ID!, $input: CategoryInput!) {\n    createCategory(groupId: $groupId, input: $input) {\n      ...CategoryFields\n    }\n  }\n"): typeof import('./graphql').CreateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($id: ID!, $input: CategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n"): typeof import('./graphql').UpdateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): typeof import('./graphql').DeleteCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Threads(\n    $groupId: ID!\n    $filter: ThreadFilter\n    $sort: ThreadSort\n    $first: Int\n    $after: String\n  ) {\n    threads(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...ThreadListFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadLinkFields on Thread {\n    id\n    title\n    kind\n    lastActivityAt\n    unreadCount\n    isNew\n    group {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ThreadLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestThreads($groupId: ID!, $first: Int) {\n    threads(groupId: $groupId, first: $first) {\n      nodes {\n        ...ThreadLinkFields\n      }\n    }\n  }\n"): typeof import('./graphql').LatestThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatsNew($first: Int) {\n    whatsNew {\n      unreadThreads(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      latestThreads(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      openQuestions(first: $first) {\n        nodes {\n          ...ThreadLinkFields\n        }\n      }\n      mentions(first: $first) {\n        nodes {\n          id\n          kind\n          actor {\n            id\n            name\n          }\n          groupId\n          groupName\n          threadId\n          threadTitle\n          postSeq\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WhatsNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($groupId: ID!, $input: StartThreadInput!) {\n    startThread(groupId: $groupId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    seq\n    depth\n    parent {\n      id\n      seq\n      author {\n        id\n        name\n      }\n      deleted\n    }\n    author {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n    bodyHtml\n    isOpeningPost\n    isAcceptedAnswer\n    version\n    createdAt\n    editedAt\n    deletedAt\n    canEdit\n    reactions {\n      reaction\n      emoji\n      count\n      reactedByMe\n      people {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PostFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadFields on Thread {\n    id\n    title\n    kind\n    category {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    tags\n    createdAt\n    replyCount\n    lastSeq\n    unreadCount\n    lastReadSeq\n    answered\n    canEdit\n    deletedAt\n    myWatchLevel\n    acceptedAnswer {\n      id\n    }\n    firstUnreadPost {\n      id\n      seq\n    }\n    notice {\n      ...NoticeFields\n    }\n    link {\n      ...LinkFields\n    }\n  }\n"): typeof import('./graphql').ThreadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread(\n    $id: ID!\n    $order: PostOrder\n    $first: Int\n    $after: String\n    $before: String\n    $fromSeq: Int\n  ) {\n    thread(id: $id) {\n      ...ThreadFields\n      posts(order: $order, first: $first, after: $after, before: $before, fromSeq: $fromSeq) {\n        nodes {\n          ...PostFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        hasPreviousPage\n        startCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostFields\n    }\n  }\n"): typeof import('./graphql').PostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostSource($id: ID!) {\n    post(id: $id) {\n      id\n      body\n      version\n    }\n  }\n"): typeof import('./graphql').PostSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($threadId: ID!, $parentPostId: ID, $body: String!) {\n    reply(threadId: $threadId, parentPostId: $parentPostId, body: $body) {\n      ...PostFields\n    }\n  }\n"): typeof import('./graphql').ReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($postId: ID!, $body: String!, $version: Int!) {\n    editPost(postId: $postId, body: $body, version: $version) {\n      ...PostFields\n    }\n  }\n"): typeof import('./graphql').EditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($postId: ID!) {\n    deletePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"): typeof import('./graphql').DeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePost($postId: ID!) {\n    restorePost(postId: $postId) {\n      ...PostFields\n    }\n  }\n"): typeof import('./graphql').RestorePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($postId: ID!, $reaction: Reaction!) {\n    react(postId: $postId, reaction: $reaction) {\n      ...PostFields\n    }\n  }\n"): typeof import('./graphql').ReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($postId: ID!, $reaction: Reaction!) {\n    unreact(postId: $postId, reaction: $reaction) {\n      ...PostFields\n    }\n  }\n"): typeof import('./graphql').UnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($postId: ID!) {\n    acceptAnswer(postId: $postId) {\n      ...ThreadFields\n    }\n  }\n"): typeof import('./graphql').AcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditThread($threadId: ID!, $input: EditThreadInput!) {\n    editThread(threadId: $threadId, input: $input) {\n      ...ThreadFields\n    }\n  }\n"): typeof import('./graphql').EditThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnacceptAnswer($threadId: ID!) {\n    unacceptAnswer(threadId: $threadId) {\n      ...ThreadFields\n    }\n  }\n"): typeof import('./graphql').UnacceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPostsSeen($threadId: ID!, $seqs: [Int!]!) {\n    markPostsSeen(threadId: $threadId, seqs: $seqs) {\n      id\n      unreadCount\n      lastReadSeq\n    }\n  }\n"): typeof import('./graphql').MarkPostsSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadEvents($threadId: ID!) {\n    threadEvents(threadId: $threadId) {\n      type\n      threadId\n      postId\n    }\n  }\n"): typeof import('./graphql').ThreadEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPost($groupId: ID!, $body: String!) {\n    previewPost(groupId: $groupId, body: $body)\n  }\n"): typeof import('./graphql').PreviewPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($groupId: ID!, $search: String!) {\n    mentionCandidates(groupId: $groupId, search: $search) {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MentionCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Draft($groupId: ID!, $threadId: ID, $parentPostId: ID) {\n    draft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId) {\n      title\n      body\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').DraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft(\n    $groupId: ID!\n    $threadId: ID\n    $parentPostId: ID\n    $title: String\n    $body: String!\n  ) {\n    saveDraft(\n      groupId: $groupId\n      threadId: $threadId\n      parentPostId: $parentPostId\n      title: $title\n      body: $body\n    ) {\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardDraft($groupId: ID!, $threadId: ID, $parentPostId: ID) {\n    discardDraft(groupId: $groupId, threadId: $threadId, parentPostId: $parentPostId)\n  }\n"): typeof import('./graphql').DiscardDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRevisions($id: ID!) {\n    post(id: $id) {\n      id\n      revisions {\n        version\n        editor {\n          id\n          name\n        }\n        createdAt\n        diff {\n          change\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PostRevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWatchLevel($threadId: ID!, $level: WatchLevel!) {\n    setWatchLevel(threadId: $threadId, level: $level) {\n      id\n      myWatchLevel\n    }\n  }\n"): typeof import('./graphql').SetWatchLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllRead($groupId: ID!) {\n    markAllRead(groupId: $groupId)\n  }\n"): typeof import('./graphql').MarkAllReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GroupEvents($groupId: ID!) {\n    groupEvents(groupId: $groupId) {\n      type\n      threadId\n    }\n  }\n"): typeof import('./graphql').GroupEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupFields on Group {\n    id\n    name\n    description\n    descriptionHtml\n    visibility\n    joinPolicy\n    noticePosting\n    myRole\n    canModerate\n    memberCount\n    createdAt\n    myJoinRequest {\n      id\n      createdAt\n    }\n  }\n"): typeof import('./graphql').GroupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($first: Int, $after: String) {\n    groups(first: $first, after: $after) {\n      nodes {\n        ...GroupFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').GroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupFields\n      openJoinRequestCount\n    }\n  }\n"): typeof import('./graphql').GroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: GroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"): typeof import('./graphql').CreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $input: GroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFields\n    }\n  }\n"): typeof import('./graphql').UpdateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipFields on Membership {\n    role\n    joinedAt\n    person {\n      id\n      name\n      jobTitle\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MembershipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members(\n    $groupId: ID!\n    $first: Int\n    $after: String\n    $search: String\n    $role: GroupRole\n    $organizationId: ID\n  ) {\n    members(\n      groupId: $groupId\n      first: $first\n      after: $after\n      search: $search\n      role: $role\n      organizationId: $organizationId\n    ) {\n      nodes {\n        ...MembershipFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($groupId: ID!, $accountId: ID!, $role: GroupRole!) {\n    setMemberRole(groupId: $groupId, accountId: $accountId, role: $role) {\n      ...MembershipFields\n    }\n  }\n"): typeof import('./graphql').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($groupId: ID!, $accountId: ID!) {\n    removeMember(groupId: $groupId, accountId: $accountId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): typeof import('./graphql').LeaveGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    message\n    status\n    createdAt\n    expiresAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').InvitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($id: ID!, $first: Int, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: $first, after: $after) {\n        nodes {\n          ...InvitationFields\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroup(\n    $groupId: ID!\n    $emails: [String!]!\n    $role: GroupRole!\n    $message: String\n    $organizationId: ID\n  ) {\n    inviteToGroup(\n      groupId: $groupId\n      emails: $emails\n      role: $role\n      message: $message\n      organizationId: $organizationId\n    ) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').InviteToGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      groupName\n      inviterName\n      email\n      accountExists\n      organizationName\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String, $password: String) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinRequests($id: ID!, $first: Int, $after: String) {\n    group(id: $id) {\n      id\n      joinRequests(first: $first, after: $after) {\n        nodes {\n          id\n          message\n          createdAt\n          person {\n            id\n            name\n            organization {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').JoinRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoin($groupId: ID!, $message: String) {\n    requestToJoin(groupId: $groupId, message: $message) {\n      id\n      createdAt\n    }\n  }\n"): typeof import('./graphql').RequestToJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawJoinRequest($requestId: ID!) {\n    withdrawJoinRequest(requestId: $requestId)\n  }\n"): typeof import('./graphql').WithdrawJoinRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($requestId: ID!, $approve: Boolean!) {\n    decideJoinRequest(requestId: $requestId, approve: $approve) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideJoinRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkFields on Link {\n    id\n    url\n    title\n    description\n    descriptionHtml\n    tags\n    version\n    deleted\n    threadId\n    openingPostId\n    commentCount\n    unreadCount\n    viewerCanEdit\n    createdAt\n    checkStatus\n    checkReason\n    checkDetail\n    movedTo\n    checkedAt\n    group {\n      id\n    }\n    author {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').LinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Links($groupId: ID!, $filter: LinkFilter, $sort: LinkSort, $first: Int, $after: String) {\n    links(groupId: $groupId, filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...LinkFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').LinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkChecks($groupId: ID!, $first: Int, $after: String) {\n    linkChecks(groupId: $groupId, first: $first, after: $after) {\n      nodes {\n        ...LinkFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').LinkChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Link($id: ID!) {\n    link(id: $id) {\n      ...LinkFields\n    }\n  }\n"): typeof import('./graphql').LinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkPreview($groupId: ID!, $url: String!) {\n    linkPreview(groupId: $groupId, url: $url) {\n      normalisedUrl\n      title\n      description\n      existing {\n        ...LinkFields\n      }\n    }\n  }\n"): typeof import('./graphql').LinkPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLink($groupId: ID!, $input: LinkInput!) {\n    addLink(groupId: $groupId, input: $input) {\n      existing\n      link {\n        ...LinkFields\n      }\n    }\n  }\n"): typeof import('./graphql').AddLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditLink($id: ID!, $version: Int!, $input: LinkInput!) {\n    editLink(id: $id, version: $version, input: $input) {\n      ...LinkFields\n    }\n  }\n"): typeof import('./graphql').EditLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckLink($id: ID!) {\n    checkLink(id: $id) {\n      ...LinkFields\n    }\n  }\n"): typeof import('./graphql').CheckLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyMovedUrl($id: ID!) {\n    applyMovedUrl(id: $id) {\n      ...LinkFields\n    }\n  }\n"): typeof import('./graphql').ApplyMovedUrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeFields on Notice {\n    id\n    title\n    bodyHtml\n    important\n    expiresAt\n    expired\n    deleted\n    pinned\n    version\n    threadId\n    openingPostId\n    commentCount\n    isNew\n    unreadCount\n    viewerCanEdit\n    createdAt\n    editedAt\n    group {\n      id\n      name\n      myRole\n    }\n    author {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n    acknowledgementRequest {\n      id\n      mode\n      deadline\n      open\n      closedAt\n      myAcknowledgedAt\n      myOfficeAcknowledgedAt\n    }\n  }\n"): typeof import('./graphql').NoticeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($groupId: ID!, $list: NoticeList, $first: Int, $after: String) {\n    notices(groupId: $groupId, list: $list, first: $first, after: $after) {\n      nodes {\n        ...NoticeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pinboard($first: Int, $after: String) {\n    pinboard(first: $first, after: $after) {\n      nodes {\n        ...NoticeFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PinboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notice($id: ID!) {\n    notice(id: $id) {\n      ...NoticeFields\n      thread {\n        id\n        openingPost {\n          id\n          body\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostNotice($groupId: ID!, $input: NoticeInput!) {\n    postNotice(groupId: $groupId, input: $input) {\n      ...NoticeFields\n    }\n  }\n"): typeof import('./graphql').PostNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditNotice($id: ID!, $version: Int!, $input: NoticeInput!) {\n    editNotice(id: $id, version: $version, input: $input) {\n      ...NoticeFields\n    }\n  }\n"): typeof import('./graphql').EditNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinNotice($id: ID!, $pinned: Boolean!) {\n    pinNotice(id: $id, pinned: $pinned) {\n      ...NoticeFields\n    }\n  }\n"): typeof import('./graphql').PinNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveNotice($id: ID!, $to: PinMove!) {\n    moveNotice(id: $id, to: $to) {\n      ...NoticeFields\n    }\n  }\n"): typeof import('./graphql').MoveNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAcknowledgement(\n    $noticeId: ID!\n    $mode: AcknowledgementMode!\n    $deadline: DateTime!\n  ) {\n    requestAcknowledgement(noticeId: $noticeId, mode: $mode, deadline: $deadline) {\n      ...NoticeFields\n    }\n  }\n"): typeof import('./graphql').RequestAcknowledgementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeNotice($id: ID!) {\n    acknowledgeNotice(id: $id) {\n      ...NoticeFields\n    }\n  }\n"): typeof import('./graphql').AcknowledgeNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAcknowledgementRequest($id: ID!) {\n    closeAcknowledgementRequest(id: $id) {\n      ...NoticeFields\n    }\n  }\n"): typeof import('./graphql').CloseAcknowledgementRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindMissingAcknowledgements($id: ID!) {\n    remindMissingAcknowledgements(id: $id)\n  }\n"): typeof import('./graphql').RemindMissingAcknowledgementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($noticeId: ID!) {\n    notice(id: $noticeId) {\n      ...NoticeFields\n      acknowledgementRequest {\n        id\n        requestedAt\n        lastRemindedAt\n        requestedBy {\n          id\n          name\n        }\n        coverage {\n          covered\n          total\n          frozen\n          units {\n            name\n            isOffice\n            officeName\n            coveredAt\n            acknowledgements {\n              name\n              acknowledgedAt\n              stillMember\n            }\n          }\n          history {\n            at\n            covered\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationLineFields on CollapsedNotification {\n    count\n    latest {\n      id\n      kind\n      actor {\n        id\n        name\n      }\n      groupId\n      groupName\n      threadId\n      threadTitle\n      postSeq\n      createdAt\n      readAt\n    }\n  }\n"): typeof import('./graphql').NotificationLineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollapsedNotifications($first: Int, $after: String) {\n    collapsedNotifications(first: $first, after: $after) {\n      nodes {\n        ...NotificationLineFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CollapsedNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadNotificationsRead($threadId: ID!, $upToSeq: Int!) {\n    markThreadNotificationsRead(threadId: $threadId, upToSeq: $upToSeq)\n  }\n"): typeof import('./graphql').MarkThreadNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): typeof import('./graphql').MarkAllNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ViewerEvents {\n    viewerEvents {\n      type\n    }\n  }\n"): typeof import('./graphql').ViewerEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    kind\n    municipality\n    region {\n      id\n      name\n    }\n    description\n    contactEmail\n    contactPhone\n    website\n  }\n"): typeof import('./graphql').OrganizationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    regions {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int, $after: String, $search: String, $regionId: ID) {\n    organizations(first: $first, after: $after, search: $search, regionId: $regionId) {\n      nodes {\n        id\n        name\n        kind\n        municipality\n        region {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationFields\n    }\n  }\n"): typeof import('./graphql').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers($id: ID!, $first: Int, $after: String) {\n    organization(id: $id) {\n      id\n      members(first: $first, after: $after) {\n        nodes {\n          id\n          name\n          isAdmin\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int, $after: String, $search: String, $organizationId: ID) {\n    people(first: $first, after: $after, search: $search, organizationId: $organizationId) {\n      nodes {\n        id\n        name\n        isAdmin\n        organization {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    name\n    isAdmin\n    email\n    jobTitle\n    phone\n    organization {\n      id\n      name\n      municipality\n    }\n    sharedGroups {\n      id\n      name\n      myRole\n      visibility\n    }\n  }\n"): typeof import('./graphql').PersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').PersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountOrganization($accountId: ID!, $organizationId: ID) {\n    setAccountOrganization(accountId: $accountId, organizationId: $organizationId) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').SetAccountOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOver($fromAccountId: ID!, $toAccountId: ID!) {\n    handOver(fromAccountId: $fromAccountId, toAccountId: $toAccountId)\n  }\n"): typeof import('./graphql').HandOverDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
